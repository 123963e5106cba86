import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runChild } from './child.js';
import type { LoadRequest, LoadSummary } from './load-generator.js';
import { round } from './output.js';

export interface ScenarioSpec {
  scenario: string;
  database: 'postgres' | 'pglite';
  baseUrl: string;
  path: string;
  randomBelow: number | null;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  body?: unknown;
  variants?: LoadRequest['variants'];
  versioned?: boolean;
}

export interface ScenarioLine {
  scenario: string;
  database: 'postgres' | 'pglite';
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  /** Non-2xx answers by status code, when there were any. */
  error_statuses?: Record<string, number>;
  rss_mb: number;
  event_loop_delay_p99_ms: number;
  requests: number;
  connections: number;
  duration_s: number;
  /** The host's 1-minute load average when the scenario ended: above the core count, other work shared the CPUs. */
  host_load_1m: number;
}

const generatorFile = path.join(import.meta.dirname, 'load-generator.ts');

/** One load in a child process; bounded by its duration plus a margin for start-up. */
function runLoad(request: LoadRequest): Promise<LoadSummary> {
  return runChild<LoadRequest, LoadSummary>(generatorFile, request, (request.durationSeconds + 60) * 1000);
}

/**
 * Warms up, then measures: autocannon's throughput and latency, this process's peak RSS (sampled every 100 ms) and
 * the p99 delay of this process's event loop while the load ran.
 */
export async function runScenario(spec: ScenarioSpec): Promise<ScenarioLine> {
  // Versioned saves: the warm-up saves other fields than the measured run, whose versions are then still the loaded ones.
  const half = spec.versioned && spec.variants ? Math.floor(spec.variants.length / 2) : 0;
  const variantsFor = (warmup: boolean) => (half === 0 ? spec.variants : warmup ? spec.variants!.slice(half) : spec.variants!.slice(0, half));
  const load = (durationSeconds: number, warmup = false): LoadRequest => ({
    url: spec.baseUrl,
    path: spec.path,
    randomBelow: spec.randomBelow,
    durationSeconds,
    connections: spec.connections,
    ...(spec.body !== undefined && { body: spec.body }),
    ...(spec.variants !== undefined && { variants: variantsFor(warmup) }),
    ...(spec.versioned && { versioned: true }),
  });
  if (spec.warmupSeconds > 0) await runLoad(load(spec.warmupSeconds, true));

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  loopDelay.enable();
  try {
    const summary = await runLoad(load(spec.durationSeconds));
    return {
      scenario: spec.scenario,
      database: spec.database,
      rps: round(summary.requests / summary.durationSeconds, 1),
      p50_ms: summary.p50,
      p99_ms: summary.p99,
      errors: summary.errors + summary.non2xx,
      ...(summary.non2xx > 0 && { error_statuses: summary.statuses }),
      rss_mb: round(peakRss / 1024 / 1024, 1),
      event_loop_delay_p99_ms: round(loopDelay.percentile(99) / 1e6, 2),
      requests: summary.requests,
      connections: spec.connections,
      duration_s: round(summary.durationSeconds, 1),
      host_load_1m: round(os.loadavg()[0] ?? 0, 2),
    };
  } finally {
    loopDelay.disable();
    clearInterval(sampler);
  }
}

// Runs in a child process (forked by scenario.ts) so the load generator does not share the app's event loop or heap:
// the app's latency, event-loop delay and RSS are then the app's alone.
import autocannon from 'autocannon';
import { serveOnce } from './child.js';

export interface LoadRequest {
  url: string;
  /** A fixed path, or a prefix to which a random whole number below `randomBelow` is appended per request. */
  path: string;
  randomBelow: number | null;
  durationSeconds: number;
  connections: number;
  /** A JSON body sends a POST instead of a GET. */
  body?: unknown;
  /**
   * Requests to pick from at random, one per request: a signed-in scenario gives each its own cookie (and CSRF token
   * and body for a POST). Overrides path, randomBelow and body.
   */
  variants?: Array<{ method: 'GET' | 'POST' | 'PUT'; path: string; headers: Record<string, string>; body?: unknown }>;
  /**
   * Optimistic locking: each connection keeps to one variant and sends the `version` of its last answer (or of the
   * 409's `current`), as one person saving the same field again and again would; no save is refused as stale.
   */
  versioned?: boolean;
}

export interface LoadSummary {
  requests: number;
  durationSeconds: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers other than 2xx by status code, so an error count says what went wrong. */
  statuses: Record<string, number>;
}

async function generate(request: LoadRequest): Promise<LoadSummary> {
  const { path, randomBelow, variants } = request;
  const prepared = variants?.map((variant) => ({
    method: variant.method,
    path: variant.path,
    headers: { ...variant.headers, ...(variant.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(variant.body === undefined ? {} : { body: JSON.stringify(variant.body) }),
  }));
  const versions = (variants ?? []).map((variant) => (variant.body as { version?: number } | undefined)?.version ?? 0);
  let nextVariant = 0;
  type Context = { variant?: number };
  const versionedRequest = prepared && {
    ...prepared[0]!,
    setupRequest: (req: object, context: Context) => {
      context.variant ??= nextVariant++ % prepared.length;
      const index = context.variant;
      const body = { ...(variants![index]!.body as object), version: versions[index] };
      return { ...req, ...prepared[index]!, body: JSON.stringify(body) };
    },
    onResponse: (status: number, body: string, context: Context) => {
      if (context.variant === undefined) return;
      try {
        const parsed = JSON.parse(body) as { version?: number; current?: { version?: number } };
        const version = status === 409 ? parsed.current?.version : parsed.version;
        if (typeof version === 'number') versions[context.variant] = version;
      } catch {
        // Not JSON: leave the version as it was; the error is counted as a non-2xx.
      }
    },
  };
  const result = await autocannon({
    url: request.url,
    connections: request.connections,
    duration: request.durationSeconds,
    timeout: 10,
    // autocannon calls setupRequest whenever the key is present, so it is left out for fixed paths.
    requests: [
      request.versioned && versionedRequest
        ? (versionedRequest as never)
        : prepared
        ? { ...prepared[0]!, setupRequest: (req) => ({ ...req, ...prepared[Math.floor(Math.random() * prepared.length)]! }) }
        : request.body !== undefined
        ? { method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) }
        : randomBelow === null
        ? { method: 'GET', path }
        : { method: 'GET', path: `${path}0`, setupRequest: (req) => ({ ...req, path: `${path}${Math.floor(Math.random() * randomBelow)}` }) },
    ],
  });
  return {
    requests: result.requests.total,
    durationSeconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(
      Object.entries((result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith('2'))
        .map(([code, stat]) => [code, stat.count]),
    ),
  };
}

serveOnce(generate);

// `npm run bench`: the app in-process on PostgreSQL (a throwaway cluster unless BENCH_DATABASE_URL is set) and on
// in-memory PGlite, loaded with generated data and measured with autocannon over loopback. Each database runs in a
// process of its own (phase.ts). One JSON line per scenario on stdout, progress on stderr. See bench/README.md.
import os from 'node:os';
import path from 'node:path';
import { runChild, stopChildren } from './child.js';
import { emit, intFromEnv, log, round } from './output.js';
import type { PhaseReport, PhaseRequest } from './phase.js';
import { createThrowawayCluster, type ThrowawayCluster } from './postgres-cluster.js';

const settings = {
  durationSeconds: intFromEnv('BENCH_DURATION_S', 10),
  warmupSeconds: intFromEnv('BENCH_WARMUP_S', 2),
  connections: intFromEnv('BENCH_CONNECTIONS', 20),
  persons: intFromEnv('BENCH_PERSONS', 100_000),
  comparePersons: intFromEnv('BENCH_COMPARE_PERSONS', 700),
  pglitePersons: intFromEnv('BENCH_PGLITE_PERSONS', 2_000),
  timeoutSeconds: intFromEnv('BENCH_TIMEOUT_S', 2400),
};

const phaseFile = path.join(import.meta.dirname, 'phase.ts');
let cluster: ThrowawayCluster | null = null;
let interrupted = false;

/** Stops the phase still running (it closes its app and load generators), then removes the throwaway cluster. */
async function cleanUp() {
  stopChildren('SIGTERM');
  // Give a phase a moment to close its pool before its database disappears.
  await new Promise((resolve) => setTimeout(resolve, 500));
  cluster?.destroy();
  cluster = null;
}

// `on`, not `once`: under tsx a second Ctrl-C (or tsx relaying the first one again) would otherwise end the process
// at once, before the cluster is gone.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(code));
  });
}
// Last resort when the process ends some other way: the cluster must not outlive it (destroy is synchronous).
process.once('exit', () => cluster?.destroy());

const deadline = setTimeout(() => {
  log(`not finished within BENCH_TIMEOUT_S=${settings.timeoutSeconds} s: stopping`);
  void cleanUp().finally(() => process.exit(1));
}, settings.timeoutSeconds * 1000);
deadline.unref();

/** Runs one database's phase in its own process; bounded by the scenarios' time plus a generous margin for loading. */
function runPhase(database: PhaseRequest['database'], databaseUrl: string, persons: number, comparePersons: number | null): Promise<PhaseReport> {
  const request: PhaseRequest = {
    database,
    databaseUrl,
    persons,
    comparePersons,
    durationSeconds: settings.durationSeconds,
    warmupSeconds: settings.warmupSeconds,
    connections: settings.connections,
  };
  const scenarioSeconds = 8 * (settings.durationSeconds + settings.warmupSeconds + 10);
  // Loading 100,000 residents with their dossiers, 3 million journal entries and 5 million chained audit rows takes
  // minutes; the whole run stays bounded by BENCH_TIMEOUT_S.
  return runChild<PhaseRequest, PhaseReport>(phaseFile, request, (scenarioSeconds + settings.timeoutSeconds) * 1000);
}

async function main() {
  const started = performance.now();
  const loadAtStart = round(os.loadavg()[0] ?? 0, 2);
  const external = process.env.BENCH_DATABASE_URL;
  if (!external) cluster = await createThrowawayCluster();
  log(`PostgreSQL: ${external ? 'BENCH_DATABASE_URL' : `throwaway cluster on port ${cluster!.port}`}, ${settings.persons} persons`);
  const postgres = await runPhase('postgres', external ?? cluster!.appUrl, settings.persons, settings.comparePersons);
  for (const line of postgres.lines) emit(line);
  cluster?.destroy();
  cluster = null;

  log(`PGlite in memory, ${settings.pglitePersons} persons`);
  const pglite = await runPhase('pglite', 'pglite://memory', settings.pglitePersons, null);
  const pgliteNote = `in-memory PGlite with ${pglite.load.persons} persons, a smaller volume than PostgreSQL; one connection, so requests queue on it`;
  for (const line of pglite.lines) emit({ ...line, note: pgliteNote });

  emit({
    scenario: 'summary',
    postgres: {
      source: external ? 'BENCH_DATABASE_URL' : 'throwaway cluster',
      persons: postgres.load.persons,
      inserted: postgres.load.inserted,
      load_s: round(postgres.load.loadSeconds, 1),
      dossiers: postgres.load.dossiers,
      journal_entries: postgres.load.journalEntries,
      audit_events: postgres.load.auditEvents,
      volume_load_s: round(postgres.load.volumeSeconds, 1),
    },
    pglite: {
      persons: pglite.load.persons,
      dossiers: pglite.load.dossiers,
      journal_entries: pglite.load.journalEntries,
      audit_events: pglite.load.auditEvents,
      load_s: round(pglite.load.loadSeconds + pglite.load.volumeSeconds, 1),
    },
    duration_s: settings.durationSeconds,
    warmup_s: settings.warmupSeconds,
    connections: settings.connections,
    total_s: round((performance.now() - started) / 1000, 1),
    node: process.version,
    cpus: os.cpus().length,
    host_load_1m_at_start: loadAtStart,
    host_load_1m_at_end: round(os.loadavg()[0] ?? 0, 2),
  });
}

main().then(
  async () => {
    clearTimeout(deadline);
    await cleanUp();
    log('done');
  },
  async (error: unknown) => {
    if (interrupted) return; // the signal handler is already cleaning up; the phase failing is its consequence
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    await cleanUp();
    process.exit(1);
  },
);

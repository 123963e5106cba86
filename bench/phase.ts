// One database's part of the bench, in a process of its own (forked by run.ts), so RSS, heap and JIT state of one
// database never colour the figures of the other. Reports its result lines to run.ts over IPC, never on stdout.
import { demoPassword } from '../apps/server/src/demo/demo-tenant.js';
import { startAppUnderTest, rawPersonPath, type AppUnderTest } from './app-under-test.js';
import { log } from './output.js';
import { serveOnce, stopChildren } from './child.js';
import { runScenario, type ScenarioLine } from './scenario.js';

export interface PhaseRequest {
  database: 'postgres' | 'pglite';
  databaseUrl: string;
  persons: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
}

export interface PhaseReport {
  lines: Array<ScenarioLine & { persons: number }>;
  load: { persons: number; inserted: number; loadSeconds: number };
}

let app: AppUnderTest | null = null;

async function closeApp() {
  stopChildren('SIGKILL');
  const closing = app;
  app = null;
  await closing?.close().catch(() => undefined);
}

async function runPhase(request: PhaseRequest): Promise<PhaseReport> {
  const { database } = request;
  const started = await startAppUnderTest(request.databaseUrl, request.persons);
  app = started;
  const common = {
    database,
    baseUrl: started.baseUrl,
    durationSeconds: request.durationSeconds,
    warmupSeconds: request.warmupSeconds,
    connections: request.connections,
  };
  const lines: PhaseReport['lines'] = [];
  for (const spec of [
    { ...common, scenario: 'health', path: '/api/health', randomBelow: null },
    { ...common, scenario: 'raw_sql_read', path: rawPersonPath, randomBelow: started.personIds },
    // Password step of sign-in: argon2id verify, session row, e-mail code and outbox row, audit entry.
    {
      ...common,
      scenario: 'login',
      path: '/api/auth/login',
      randomBelow: null,
      body: { email: 'jan.deboer@demoland.example', password: demoPassword, organisation: 'demoland' },
    },
  ]) {
    log(`${database}: ${spec.scenario} for ${spec.durationSeconds} s, ${spec.connections} connections (after ${spec.warmupSeconds} s warm-up)`);
    const line = await runScenario(spec);
    log(`${database}: ${spec.scenario}: ${line.rps} req/s, p50 ${line.p50_ms} ms, p99 ${line.p99_ms} ms, ${line.errors} errors`);
    lines.push({ ...line, persons: started.load.persons });
  }
  const { persons, inserted, loadSeconds } = started.load;
  app = null;
  await started.close();
  return { lines, load: { persons, inserted, loadSeconds } };
}

let stopping = false;
for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void closeApp().finally(() => process.exit(code));
  });
}
serveOnce(runPhase, closeApp);

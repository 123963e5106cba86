// One database's part of the bench, in a process of its own (forked by run.ts), so RSS, heap and JIT state of one
// database never colour the figures of the other. Reports its result lines to run.ts over IPC, never on stdout.
import { demoPassword } from '../apps/server/src/demo/demo-tenant.js';
import { startAppUnderTest, rawPersonPath, type AppUnderTest } from './app-under-test.js';
import { log, round } from './output.js';
import { serveOnce, stopChildren } from './child.js';
import { rawDossierPath } from './raw-dossier.js';
import { runScenario, type ScenarioLine, type ScenarioSpec } from './scenario.js';

export interface PhaseRequest {
  database: 'postgres' | 'pglite';
  databaseUrl: string;
  persons: number;
  /** When set, dossier_read is first measured at this smaller volume, then the data grows to `persons`. */
  comparePersons: number | null;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
}

type Line = ScenarioLine & { persons: number; dossiers: number; journal_entries: number; audit_events: number } & Record<string, unknown>;

export interface PhaseReport {
  lines: Line[];
  load: { persons: number; inserted: number; loadSeconds: number; dossiers: number; journalEntries: number; auditEvents: number; volumeSeconds: number };
}

let app: AppUnderTest | null = null;

async function closeApp() {
  stopChildren('SIGKILL');
  const closing = app;
  app = null;
  await closing?.close().catch(() => undefined);
}

const surnames = ['Boer', 'Jansen', 'Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Kaya', 'Yilmaz', 'Dekker'];

/** The signed-in requests: each resident reads their own dossier or writes to their coach, the coach searches. */
function signedInSpecs(started: AppUnderTest) {
  const { residents, coach } = started.sessions;
  const as = (session: { cookie: string; csrfToken: string }) => ({ cookie: session.cookie, 'x-csrf-token': session.csrfToken });
  return {
    planRead: started.plans.map((p) => ({ method: 'GET' as const, path: `/api/plans/${p.planId}`, headers: as(p.session) })),
    planFieldSave: started.plans.map((p, i) => ({
      method: 'PUT' as const,
      path: `/api/plans/${p.planId}/fields`,
      headers: as(p.session),
      body: { blockKey: 'situatie', itemId: null, fieldKey: 'text', value: `Mijn situatie, versie ${i}: het gaat beter met de administratie.`, version: p.textVersion },
    })),
    dossierRead: residents.map((r) => ({ method: 'GET' as const, path: `/api/dossiers/${r.dossierId}`, headers: as(r) })),
    caseloadSearch: surnames.map((q) => ({ method: 'GET' as const, path: `/api/caseload?scope=team&q=${encodeURIComponent(q)}`, headers: as(coach) })),
    messageSend: residents.map((r, i) => ({
      method: 'POST' as const,
      path: `/api/dossiers/${r.dossierId}/messages`,
      headers: as(r),
      body: { recipientPersonId: r.professionalId, subject: `Vraag ${i}`, body: 'Kunt u mij terugbellen over de afspraak van dinsdag?' },
    })),
  };
}

async function runPhase(request: PhaseRequest): Promise<PhaseReport> {
  const { database } = request;
  const started = await startAppUnderTest(request.databaseUrl, request.comparePersons ?? request.persons);
  app = started;
  const common = {
    database,
    baseUrl: started.baseUrl,
    durationSeconds: request.durationSeconds,
    warmupSeconds: request.warmupSeconds,
    connections: request.connections,
    path: '',
    randomBelow: null,
  };
  const lines: Line[] = [];
  const measure = async (spec: ScenarioSpec, extra: Record<string, unknown> = {}) => {
    log(`${database}: ${spec.scenario} for ${spec.durationSeconds} s, ${spec.connections} connections (after ${spec.warmupSeconds} s warm-up)`);
    const line = await runScenario(spec);
    log(`${database}: ${spec.scenario}: ${line.rps} req/s, p50 ${line.p50_ms} ms, p99 ${line.p99_ms} ms, ${line.errors} errors`);
    const full: Line = {
      ...line,
      persons: started.load.persons,
      dossiers: started.volume.dossiers,
      journal_entries: started.volume.journalEntries,
      audit_events: started.volume.auditEvents,
      ...extra,
    };
    lines.push(full);
    return full;
  };

  let small: Line | null = null;
  if (request.comparePersons !== null) {
    small = await measure({ ...common, scenario: 'dossier_read', variants: signedInSpecs(started).dossierRead }, { volume: 'small' });
    await started.grow(request.persons);
  }
  await measure({ ...common, scenario: 'health', path: '/api/health' });
  await measure({ ...common, scenario: 'raw_sql_read', path: rawPersonPath, randomBelow: started.personIds });
  // Password step of sign-in: argon2id verify, session row, e-mail code and outbox row, audit entry.
  await measure({
    ...common,
    scenario: 'login',
    path: '/api/auth/login',
    body: { email: 'jan.deboer@demoland.example', password: demoPassword, organisation: 'demoland' },
  });
  const specs = signedInSpecs(started);
  const raw = await measure({ ...common, scenario: 'raw_dossier_read', path: rawDossierPath, randomBelow: started.sessions.residents.length });
  const read = await measure({ ...common, scenario: 'dossier_read', variants: specs.dossierRead });
  read.ratio_vs_raw_sql = round(read.rps / raw.rps, 2);
  if (small) {
    read.p99_vs_small_volume = round(read.p99_ms / Math.max(small.p99_ms, 1), 2);
    read.small_volume = { dossiers: small.dossiers, p99_ms: small.p99_ms, rps: small.rps };
  }
  await measure({ ...common, scenario: 'caseload_search', variants: specs.caseloadSearch });
  await measure({ ...common, scenario: 'message_send', variants: specs.messageSend });
  await measure({ ...common, scenario: 'plan_read', variants: specs.planRead });
  await measure({ ...common, scenario: 'plan_field_save', variants: specs.planFieldSave, versioned: true });

  const { persons, inserted, loadSeconds } = started.load;
  const { dossiers, journalEntries, auditEvents, loadSeconds: volumeSeconds } = started.volume;
  app = null;
  await started.close();
  return { lines, load: { persons, inserted, loadSeconds, dossiers, journalEntries, auditEvents, volumeSeconds } };
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

import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { seedDemoTenant } from '../apps/server/src/demo/seed.js';
import { FieldCipher } from '../apps/server/src/platform/crypto.js';
import { inTenant, openDatabase, queryRows, type Database } from '../apps/server/src/platform/db/index.js';
import { loadPersons, type LoadResult } from './load-data.js';
import { benchSessions, loadDossierVolume, type BenchSession, type DossierVolume } from './load-dossiers.js';
import { loadBenchPlans, type BenchPlan } from './load-plans.js';
import { registerRawDossierRoute } from './raw-dossier.js';
import { log } from './output.js';

export interface AppUnderTest {
  database: Database;
  baseUrl: string;
  load: LoadResult;
  volume: DossierVolume;
  /** How many person ids the raw read route picks from. */
  personIds: number;
  /** Signed-in generated residents (cookie, CSRF token, their open dossier) and the demo coach. */
  sessions: { residents: BenchSession[]; coach: { cookie: string; csrfToken: string } };
  /** Issue 6's plans, one per signed-in resident of the first `plannedResidents`. */
  plans: BenchPlan[];
  /** Adds residents (and their dossiers, journal and audit rows) up to `persons` while the app keeps running. */
  grow(persons: number): Promise<void>;
  close(): Promise<void>;
}

/** How many generated residents get a session for the signed-in scenarios. */
const signedInResidents = 500;
/** How many of them get a plan for plan_read and plan_field_save. */
const plannedResidents = 100;

/** The path of the bench-only route: GET /bench/raw-person/:n reads the n-th loaded person (modulo the count). */
export const rawPersonPath = '/bench/raw-person/';

/**
 * The real app, built in this process the way main.ts builds it (migrate, demo seed, buildApp) on the given database,
 * with generated volume loaded and one extra route that exists only in the bench. Listens on a random loopback port.
 */
export async function startAppUnderTest(databaseUrl: string, persons: number): Promise<AppUnderTest> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    ENCRYPTION_KEYS: `bench1:${randomBytes(32).toString('base64')}`,
    BSN_HASH_KEY: randomBytes(32).toString('base64'),
    MAIL_CAPTURE: 'false',
    SEED_DEMO: 'true',
  });
  const cipher = new FieldCipher(config.crypto!);
  const database = await openDatabase(config.database);
  let app: FastifyInstance | null = null;
  try {
    if (database.kind === 'postgres') await refuseSuperuser(database);
    const migrateStarted = performance.now();
    await database.migrate();
    await seedDemoTenant(database, cipher);
    log(`${database.kind}: migrated and seeded in ${((performance.now() - migrateStarted) / 1000).toFixed(1)} s; loading ${persons} persons`);
    let load = await loadPersons(database, persons);
    log(`${database.kind}: ${load.inserted} persons inserted in ${load.loadSeconds.toFixed(1)} s (tenant now holds ${load.persons})`);
    let volume = await loadDossierVolume(database, cipher, load.tenantId, persons);
    log(`${database.kind}: ${volume.dossiers} dossiers, ${volume.journalEntries} journal entries, ${volume.auditEvents} audit rows in ${volume.loadSeconds.toFixed(1)} s`);
    const sessions = await benchSessions(database, load.tenantId, signedInResidents);
    const planStarted = performance.now();
    const plans = await loadBenchPlans(database, cipher, load.tenantId, sessions.residents.slice(0, plannedResidents));
    log(`${database.kind}: ${plans.length} plans (8 blocks, 10 goals × 20 measurements, 500 history rows each) in ${((performance.now() - planStarted) / 1000).toFixed(1)} s`);

    const ids = (
      await inTenant(database.owner, load.tenantId, (tx) => queryRows<{ id: string }>(tx, sql`select id from person order by id`))
    ).map((row) => row.id);
    if (ids.length === 0) throw new Error('no persons to read');

    // Log lines go to stderr, never to stdout where the JSON results are.
    const logStream = new PassThrough();
    logStream.pipe(process.stderr);
    app = await buildApp({ config, database, cipher, clock: () => new Date() }, { logStream });
    registerRawPersonRoute(app, database, load.tenantId, ids);
    registerRawDossierRoute(app, database, cipher, load.tenantId, sessions.residents);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const listening = app;
    const result: AppUnderTest = {
      database,
      baseUrl: `http://127.0.0.1:${port}`,
      load,
      volume,
      sessions,
      plans,
      personIds: ids.length,
      grow: async (more: number) => {
        load = await loadPersons(database, more);
        log(`${database.kind}: grown by ${load.inserted} persons in ${load.loadSeconds.toFixed(1)} s (tenant now holds ${load.persons})`);
        volume = await loadDossierVolume(database, cipher, load.tenantId, more);
        log(`${database.kind}: ${volume.dossiers} dossiers, ${volume.journalEntries} journal entries, ${volume.auditEvents} audit rows in ${volume.loadSeconds.toFixed(1)} s`);
        result.load = load;
        result.volume = volume;
        const all = await inTenant(database.owner, load.tenantId, (tx) => queryRows<{ id: string }>(tx, sql`select id from person order by id`));
        ids.splice(0, ids.length, ...all.map((row) => row.id));
        result.personIds = ids.length;
      },
      close: async () => {
        await listening.close();
        await database.close();
      },
    };
    return result;
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The baseline: HTTP plus one indexed SELECT by primary key through the same pool and the same inTenant wrapper
 * (transaction, SET LOCAL ROLE, app.tenant_id), with no session, policy or presenter work.
 */
function registerRawPersonRoute(app: FastifyInstance, database: Database, tenantId: string, ids: string[]) {
  app.get<{ Params: { n: string } }>(`${rawPersonPath}:n`, async (request, reply) => {
    const n = Number.parseInt(request.params.n, 10);
    const id = ids[(Number.isFinite(n) ? Math.abs(n) : 0) % ids.length]!;
    const rows = await inTenant(database.owner, tenantId, (tx) =>
      queryRows<Record<string, unknown>>(
        tx,
        sql`select id, first_name, infix, surname, date_of_birth from person where tenant_id = ${tenantId} and id = ${id}`,
      ),
    );
    if (rows.length === 0) return reply.status(404).send({ error: 'not found' });
    return rows[0];
  });
}

/** Row-level security does not apply to superusers or BYPASSRLS roles: a bench on such a login would flatter the app. */
async function refuseSuperuser(database: Database) {
  const [me] = await queryRows<{ rolsuper: boolean; rolbypassrls: boolean; rolname: string }>(
    database.owner,
    sql`select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
  );
  if (me?.rolsuper || me?.rolbypassrls) {
    throw new Error(`BENCH_DATABASE_URL logs in as ${me.rolname}, a superuser or BYPASSRLS role: use a non-superuser login`);
  }
}

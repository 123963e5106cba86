import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoPeople } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn } from '../../test-support/session.js';
import { queryRows, type Database } from './index.js';

/**
 * PGlite (what `npm start` uses) and PostgreSQL (production) must behave the same. This runs in the PostgreSQL pass of
 * `npm test`, where both are available, and compares schema, catalogue and answers of the same app on each.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let pgApp: TestApp;
let pgliteApp: TestApp;

beforeAll(async () => {
  if (!onPostgres) return;
  pgApp = await createTestApp();
  const saved = process.env.TEST_DATABASE_URL;
  delete process.env.TEST_DATABASE_URL;
  try {
    pgliteApp = await createTestApp();
  } finally {
    process.env.TEST_DATABASE_URL = saved;
  }
  for (const t of [pgApp, pgliteApp]) await seedDemoTenant(t.database, t.cipher);
});
afterAll(async () => {
  await pgApp?.close();
  await pgliteApp?.close();
});

const schemaOf = (database: Database) =>
  queryRows(database.owner, sql`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`);

const protectionOf = (database: Database) =>
  queryRows(database.owner, sql`
    select c.relname, c.relrowsecurity, c.relforcerowsecurity, p.polname, pg_get_expr(p.polqual, p.polrelid) as qual
    from pg_class c left join pg_policy p on p.polrelid = c.oid
    join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by c.relname`);

describe.skipIf(!onPostgres)('PGlite and PostgreSQL give the same results', () => {
  it('have the same tables, columns, defaults and row-level security after migrating', async () => {
    expect(pgApp.database.kind).toBe('postgres');
    expect(pgliteApp.database.kind).toBe('pglite');
    expect(await schemaOf(pgliteApp.database)).toEqual(await schemaOf(pgApp.database));
    expect(await protectionOf(pgliteApp.database)).toEqual(await protectionOf(pgApp.database));
  });

  it('compute the same audit hash for the same row, whatever the session time zone', async () => {
    const entry = {
      tenant_id: '00000000-0000-4000-8000-000000000001', seq: 7, occurred_at: '2026-11-23T10:00:00.123+01:00',
      actor_role: 'coach', client_ip: '127.0.0.1', user_agent: 'Mozilla', request_id: 'req', object_type: 'person',
      object_id: 'p1', action: 'read', outcome: 'success', details: { b: 1, a: 'é' }, prev_hash: '', hash: '',
    };
    const row = sql`jsonb_populate_record(null::audit_event, ${JSON.stringify(entry)}::jsonb)`;
    const hashOn = async (database: Database) =>
      database.owner.transaction(async (tx) => {
        await tx.execute(sql`set local timezone = 'America/New_York'`);
        return queryRows(tx, sql`select audit_link(${'a'.repeat(64)}, ${row}) as hash`);
      });
    expect(await hashOn(pgliteApp.database)).toEqual(await hashOn(pgApp.database));
  });

  it('answer the same API calls with the same bodies', async () => {
    for (const person of demoPeople.slice(0, 6)) {
      const [onPg, onPglite] = await Promise.all(
        [pgApp, pgliteApp].map(async (t) => {
          const session = await signIn(t, person.email, demoPassword, 'demoland');
          const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).json();
          return { ...me, person: { ...me.person, id: undefined }, csrfToken: undefined, session: undefined, instance: undefined };
        }),
      );
      expect(onPglite).toEqual(onPg);
    }
    const tenants = await Promise.all([pgApp, pgliteApp].map(async (t) => (await t.app.inject({ method: 'GET', url: '/api/tenants' })).json()));
    expect(tenants[1]).toEqual(tenants[0]);
  });
});


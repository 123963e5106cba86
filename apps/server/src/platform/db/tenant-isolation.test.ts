import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, people } from '../../db/schema/index.js';
import { createTestDatabase } from '../../test-support/database.js';
import { createTenant } from '../../test-support/tenants.js';
import { inTenant, queryRows, type Database } from './index.js';

let database: Database;
let drop: () => Promise<void>;
let tenantA: string;
let tenantB: string;

beforeAll(async () => {
  ({ database, drop } = await createTestDatabase());
  tenantA = (await createTenant(database, 'a')).id;
  tenantB = (await createTenant(database, 'b')).id;
  for (const [tenantId, surname] of [[tenantA, 'Aalders'], [tenantB, 'Bosman']] as const) {
    await inTenant(database.owner, tenantId, async (tx) => {
      await tx.insert(organisations).values({ tenantId, kind: 'municipality', name: `Gemeente ${surname}` });
      await tx.insert(people).values({ tenantId, kind: 'resident', firstName: 'Test', surname });
    });
  }
});
afterAll(() => drop());

describe('tenant isolation by row-level security', () => {
  it('shows no rows at all to a query without a tenant', async () => {
    const rows = await inTenant(database.owner, null, (tx) => tx.select().from(people));
    expect(rows).toEqual([]);
  });

  it('never shows tenant B rows to tenant A, even without a WHERE on tenant_id', async () => {
    const rows = await inTenant(database.owner, tenantA, (tx) => tx.select({ surname: people.surname, tenantId: people.tenantId }).from(people));
    expect(rows).toEqual([{ surname: 'Aalders', tenantId: tenantA }]);
  });

  it('refuses to write a row into another tenant', async () => {
    await expect(
      inTenant(database.owner, tenantA, (tx) => tx.insert(people).values({ tenantId: tenantB, kind: 'resident', firstName: 'X', surname: 'Indringer' })),
    ).rejects.toThrow();
    const count = await inTenant(database.owner, tenantB, (tx) => tx.select().from(people));
    expect(count.map((p) => p.surname)).toEqual(['Bosman']);
  });

  it('cannot update or delete another tenant’s rows', async () => {
    await inTenant(database.owner, tenantA, async (tx) => {
      await tx.update(people).set({ surname: 'Overschreven' }).where(sql`${people.tenantId} = ${tenantB}`);
      await tx.delete(organisations).where(sql`${organisations.tenantId} = ${tenantB}`);
    });
    const rows = await inTenant(database.owner, tenantB, (tx) => tx.select().from(people));
    expect(rows.map((p) => p.surname)).toEqual(['Bosman']);
    expect(await inTenant(database.owner, tenantB, (tx) => tx.select().from(organisations))).toHaveLength(1);
  });

  it('cannot switch itself out of the tenant or the role inside a request transaction', async () => {
    const result = await inTenant(database.owner, tenantA, (tx) =>
      queryRows(tx, sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`),
    );
    expect(result).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('protects every table that has a tenant_id column with forced RLS and the tenant policy', async () => {
    const tables = await queryRows<{ table: string; enabled: boolean; forced: boolean; has_policy: boolean }>(database.owner, sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation') as has_policy
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
      order by c.relname`);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.filter((t) => !t.enabled || !t.forced || !t.has_policy).map((t) => t.table)).toEqual([]);
  });
});

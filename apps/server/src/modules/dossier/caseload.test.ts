import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db/index.js';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { caseloadCountCap, searchCaseload, type CaseloadQuery } from './caseload.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const as = async (key: string, tenant = demo) => apiAs(t, await tenant.signIn(key));
const many = caseloadCountCap + 20;

/** `count` residents called Veelvoorkomend in WT Volwassenen, each with an open dossier, in two statements. */
async function seedCommonSurname(tenant: DemoTenant, count: number) {
  await inTenant(t.database.owner, tenant.tenantId, async (tx) => {
    await tx.execute(sql`insert into person (tenant_id, kind, first_name, surname, date_of_birth)
      select ${tenant.tenantId}::uuid, 'resident', 'Inwoner ' || n, 'Veelvoorkomend', date '1970-01-01' + n from generate_series(1, ${count}) n`);
    await tx.execute(sql`insert into dossier (tenant_id, resident_id, team_id, file_number, registered_on, last_activity_at)
      select p.tenant_id, p.id, (select id from team where name = 'WT Volwassenen'), 'VV-' || lpad(row_number() over (order by p.first_name)::text, 5, '0'),
             date '2026-01-01', timestamptz '2026-01-01' + (row_number() over (order by p.first_name)) * interval '1 minute'
        from person p where p.surname = 'Veelvoorkomend'`);
  });
  // Fresh statistics, as autovacuum would have them: without, the planner takes 520 rows for one and nests loops.
  await t.database.owner.execute(sql`analyze person`);
  await t.database.owner.execute(sql`analyze dossier`);
}

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  await seedCommonSurname(demo, many);
});
afterAll(() => t.close());

type Page = { items: Array<{ id: string; fileNumber: string }>; total: number; totalIsLowerBound: boolean };

describe('the count of a caseload search is capped', () => {
  it('another tenant’s coach finds none of them, and a coach of another team none in team scope', async () => {
    const elders = (await (await as('sanne', other)).get('/api/caseload?scope=team&q=Veelvoorkomend')).json() as Page;
    expect(elders).toEqual({ items: [], total: 0, totalIsLowerBound: false });
    const daan = (await (await as('daan')).get('/api/caseload?scope=team&q=Veelvoorkomend')).json() as Page;
    expect(daan).toEqual({ items: [], total: 0, totalIsLowerBound: false });
  });

  it('a bad page is a 400 naming it, not an empty answer', async () => {
    const response = await (await as('sanne')).get('/api/caseload?scope=team&q=Veelvoorkomend&page=0');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['page']);
  });

  it('more matches than the cap answer “more than 500”; pages stay in order without overlap, also past the cap', async () => {
    const sanne = await as('sanne');
    const first = (await sanne.get('/api/caseload?scope=team&q=Veelvoorkomend')).json() as Page;
    expect(first.total).toBe(caseloadCountCap);
    expect(first.totalIsLowerBound).toBe(true);
    expect(first.items).toHaveLength(25);
    // Most recently active first: the seeded activity grows with the number.
    expect(first.items[0]!.fileNumber).toBe(`VV-${String(many).padStart(5, '0')}`);
    const second = (await sanne.get('/api/caseload?scope=team&q=Veelvoorkomend&page=2')).json() as Page;
    expect(second.items[0]!.fileNumber).toBe(`VV-${String(many - 25).padStart(5, '0')}`);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(50);
    const last = (await sanne.get(`/api/caseload?scope=team&q=Veelvoorkomend&page=${Math.ceil(many / 25)}`)).json() as Page;
    expect(last.items.map((item) => item.fileNumber)).toContain('VV-00001');
    expect(last).toMatchObject({ total: caseloadCountCap, totalIsLowerBound: true });
    const beyond = (await sanne.get(`/api/caseload?scope=team&q=Veelvoorkomend&page=${Math.ceil(many / 25) + 1}`)).json() as Page;
    expect(beyond).toEqual({ items: [], total: caseloadCountCap, totalIsLowerBound: true });
  });

  it('a sharper search under the cap counts exactly', async () => {
    const narrow = (await (await as('sanne')).get('/api/caseload?scope=team&q=VV-0001')).json() as Page;
    expect(narrow).toMatchObject({ total: 10, totalIsLowerBound: false });
    expect(narrow.items).toHaveLength(10);
  });

  it('exactly the cap is exact; one more is a lower bound (the cap as a parameter)', async () => {
    const subject = await demo.subject('sanne');
    const query = (q: string): CaseloadQuery => ({ q, scope: 'team', status: 'open', page: 1, pageSize: 2 });
    const search = (q: string, cap: number) => inTenant(t.database.owner, demo.tenantId, (tx) => searchCaseload(tx, subject, new Date(), query(q), cap));
    // VV-0001x: VV-00010 … VV-00019, ten dossiers.
    expect(await search('VV-0001', 10)).toMatchObject({ total: 10, totalIsLowerBound: false });
    const capped = await search('VV-0001', 9);
    expect(capped).toMatchObject({ total: 9, totalIsLowerBound: true });
    expect(capped.rows.map((row) => row.file_number)).toEqual(['VV-00019', 'VV-00018']);
    expect(await search('Geen-zo-iemand', 9)).toEqual({ rows: [], total: 0, totalIsLowerBound: false });
  });
});

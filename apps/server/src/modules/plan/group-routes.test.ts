import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';

let t: TestApp;
let demo: DemoTenant;
let elders: DemoTenant;
const as = async (key: string, tenant = demo) => apiAs(t, await tenant.signIn(key));
const audits = (tenant: DemoTenant) =>
  inTenant(t.database.owner, tenant.tenantId, async (tx) => (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_event where object_type = 'userGroup' and action = 'read'`))[0]!.n);

type Choice = { id: string; name: string; member: boolean };

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  elders = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(async () => t.close());

describe('GET /api/plan-groups', () => {
  it('refuses who is not signed in (401) and residents and relatives (404: they do not learn the groups exist)', async () => {
    expect((await apiAs(t, null).get('/api/plan-groups')).statusCode).toBe(401);
    const jan = await (await as('jan')).get('/api/plan-groups');
    expect(jan.statusCode).toBe(404);
    expect(jan.body).not.toContain('Wijkteam coaches');
    const karin = await (await as('karin')).get('/api/plan-groups');
    expect(karin.statusCode).toBe(404);
  });

  it('lists the tenant’s groups by name for a coach, marking the ones they are in; no other tenant’s groups', async () => {
    const before = await audits(demo);
    const answer = await (await as('daan')).get('/api/plan-groups');
    expect(answer.statusCode).toBe(200);
    const items = answer.json().items as Choice[];
    expect(items.map((g) => g.name)).toEqual(['Aanbieders', 'Consulenten Wmo', 'Functioneel beheer', 'Wijkteam coaches']);
    expect(items.filter((g) => g.member).map((g) => g.name)).toEqual(['Wijkteam coaches']);
    // Names only: no members, no descriptions.
    expect(Object.keys(items[0]!).sort()).toEqual(['id', 'member', 'name']);
    expect(await audits(demo)).toBe(before + 1);
    const eldersIds = ((await (await as('daan', elders)).get('/api/plan-groups')).json().items as Choice[]).map((g) => g.id);
    expect(eldersIds).toHaveLength(4);
    expect(eldersIds.some((id) => items.some((g) => g.id === id))).toBe(false);
  });

  it('a provider professional sees the same list with their own group marked', async () => {
    const items = (await (await as('noor')).get('/api/plan-groups')).json().items as Choice[];
    expect(items.filter((g) => g.member).map((g) => g.name)).toEqual(['Aanbieders']);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { inTenant, queryRows } from '../platform/db/index.js';
import { apiAs } from './api.js';
import { createTestApp, type TestApp } from './app.js';
import { seedDemo, type DemoTenant } from './demo.js';

/**
 * A test file's app with Gemeente Demoland and a second tenant (Gemeente Elders) for the other-tenant cases, made
 * before the file's tests and closed after. `as(key)` signs a demo person in; `count(table)` counts Demoland's rows.
 */
export function useDemoTenants() {
  const state = {} as { t: TestApp; demo: DemoTenant; elders: DemoTenant };
  beforeAll(async () => {
    state.t = await createTestApp();
    state.demo = await seedDemo(state.t);
    state.elders = await seedDemo(state.t, { slug: 'elders', name: 'Gemeente Elders' });
  });
  afterAll(() => state.t.close());
  return {
    get t() {
      return state.t;
    },
    get demo() {
      return state.demo;
    },
    get elders() {
      return state.elders;
    },
    as: async (key: string, tenant?: DemoTenant) => apiAs(state.t, await (tenant ?? state.demo).signIn(key)),
    count: (table: string) =>
      inTenant(state.t.database.owner, state.demo.tenantId, async (tx) => (await queryRows<{ n: number }>(tx, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n),
  };
}

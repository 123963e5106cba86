import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { inTenant, queryRows } from './index.js';

/**
 * A read request runs its session lookup and its route in one transaction (ADR 0007). These tests hold on both
 * databases; on PostgreSQL (pool of 4 in tests) they prove that held transactions are always released: a request that
 * fails, one whose route opens no transaction, and many at once never pin a connection or lose a write.
 */
let now = new Date('2026-11-23T10:00:00Z');
let t: TestApp;
let demo: DemoTenant;

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  demo = await seedDemo(t);
});
afterAll(() => t.close());

const dossierReads = (personKey: string, dossierKey: string) =>
  inTenant(t.database.owner, demo.tenantId, async (tx) => {
    const [row] = await queryRows<{ reads: number }>(
      tx,
      sql`select count(*)::int as reads from audit_event where object_type = 'dossier' and action = 'read'
            and object_id = ${demo.dossiers.get(dossierKey)}::text and actor_person_id = ${demo.people.get(personKey)}::uuid`,
    );
    return row!.reads;
  });

describe('one transaction per read request', () => {
  it('forty read requests at once, of every kind, all answer on a pool of four connections', async () => {
    const jan = apiAs(t, await demo.signIn('jan'));
    const before = await dossierReads('jan', 'jan-support');
    const kinds = [
      { url: `/api/dossiers/${demo.dossiers.get('jan-support')}`, status: 200 },
      // Refused inside the held transaction: it is rolled back and its connection freed.
      { url: `/api/dossiers/${demo.dossiers.get('emma-youth')}`, status: 404 },
      // Refused before the route runs (bad parameter): the held transaction is committed by the reply.
      { url: '/api/dossiers/not-a-uuid', status: 400 },
      // A route that opens no transaction at all.
      { url: '/api/health', status: 200 },
      { url: '/api/me', status: 200 },
    ];
    const requests = Array.from({ length: 40 }, (_, i) => kinds[i % kinds.length]!);
    const answers = await Promise.all(requests.map((r) => jan.get(r.url)));
    expect(answers.map((a) => a.statusCode)).toEqual(requests.map((r) => r.status));
    // Each dossier page that answered 200 committed its audit entry with it.
    expect((await dossierReads('jan', 'jan-support')) - before).toBe(8);
  });

  it('a refused read does not undo the sliding of the idle expiry it caused', async () => {
    const signed = await demo.signIn('ria');
    const ria = apiAs(t, signed);
    const expiryOf = () =>
      inTenant(t.database.owner, demo.tenantId, async (tx) => {
        const [row] = await queryRows<{ idle: string }>(
          tx,
          sql`select max(idle_expires_at)::text as idle from session s join account a on a.id = s.account_id
                where a.person_id = ${demo.people.get('ria')}::uuid and s.ended_at is null`,
        );
        return new Date(row!.idle).getTime();
      });
    const first = await expiryOf();
    now = new Date(now.getTime() + 5 * 60_000);
    const refused = await ria.get(`/api/dossiers/${demo.dossiers.get('emma-youth')}`);
    expect(refused.statusCode).toBe(404);
    expect(await expiryOf()).toBe(first + 5 * 60_000);
    // And the session still works afterwards.
    expect((await ria.get(`/api/dossiers/${demo.dossiers.get('jan-support')}`)).statusCode).toBe(200);
  });
});

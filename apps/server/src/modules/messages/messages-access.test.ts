import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const as: Record<string, SignedIn> = {};
/** The seeded thread between Jan and Sanne about the GP (read by both). */
let janThread: string;
let otherTenantThread: string;

const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: as[who]!.headers });
const post = (who: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: as[who]!.headers, payload });
const dossier = (key: string) => demo.dossiers.get(key)!;
const person = (key: string) => demo.people.get(key)!;
const threadCount = async (tenantId: string) =>
  inTenant(t.database.owner, tenantId, async (tx) => Number((await queryRows<{ n: number }>(tx, sql`select count(*) as n from message_thread`))[0]!.n));

async function threadId(tenant: DemoTenant, subject: string) {
  return inTenant(t.database.owner, tenant.tenantId, async (tx) => (await queryRows<{ id: string }>(tx, sql`select id from message_thread where subject = ${subject}`))[0]!.id);
}

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  for (const key of ['jan', 'ria', 'emma', 'karin', 'sanne', 'lotte', 'daan', 'kees']) as[key] = await demo.signIn(key);
  janThread = await threadId(demo, 'Afspraak met de huisarts');
  otherTenantThread = await threadId(other, 'Afspraak met de huisarts');
});
afterAll(() => t.close());

describe('who may see a conversation (negative cases first)', () => {
  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/messages' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/messages/${janThread}` })).statusCode).toBe(401);
  });

  it('another tenant’s thread and dossier do not exist, not even for the same demo people', async () => {
    expect((await get('jan', `/api/messages/${otherTenantThread}`)).statusCode).toBe(404);
    expect((await get('sanne', `/api/messages/${otherTenantThread}`)).statusCode).toBe(404);
    expect((await post('sanne', `/api/messages/${otherTenantThread}/replies`, { body: 'Hallo' })).statusCode).toBe(404);
    const elsewhere = other.dossiers.get('jan-support')!;
    expect((await get('sanne', `/api/dossiers/${elsewhere}/messages`)).statusCode).toBe(404);
    expect((await get('sanne', `/api/dossiers/${elsewhere}/message-recipients`)).statusCode).toBe(404);
    const before = await threadCount(other.tenantId);
    const start = await post('sanne', `/api/dossiers/${elsewhere}/messages`, { recipientPersonId: other.people.get('jan'), subject: 'x', body: 'y' });
    expect(start.statusCode).toBe(404);
    expect(await threadCount(other.tenantId)).toBe(before);
    const listed = (await get('jan', '/api/messages?pageSize=100')).json();
    expect(listed.items.map((i: { id: string }) => i.id)).not.toContain(otherTenantThread);
  });

  it('another resident cannot read or answer Jan’s thread', async () => {
    expect((await get('emma', `/api/messages/${janThread}`)).statusCode).toBe(404);
    expect((await post('emma', `/api/messages/${janThread}/replies`, { body: 'Hallo' })).statusCode).toBe(404);
    expect((await get('emma', `/api/dossiers/${dossier('jan-support')}/messages`)).statusCode).toBe(404);
  });

  it('Sanne’s colleague Lotte (same team, not in the conversation) gets 404 and does not see it listed', async () => {
    expect((await get('lotte', `/api/messages/${janThread}`)).statusCode).toBe(404);
    expect((await post('lotte', `/api/messages/${janThread}/replies`, { body: 'Hallo' })).statusCode).toBe(404);
    const mine = (await get('lotte', '/api/messages')).json();
    expect(mine.items).toEqual([]);
    const inDossier = (await get('lotte', `/api/dossiers/${dossier('jan-support')}/messages`)).json();
    expect(inDossier.items).toEqual([]);
    expect(inDossier.policies).toEqual(['start']);
  });

  it('Ria (may view) neither sees Jan’s conversations nor starts one: 403 with a relation, nothing stored', async () => {
    expect((await get('ria', `/api/messages/${janThread}`)).statusCode).toBe(404);
    expect((await get('ria', `/api/dossiers/${dossier('jan-support')}/message-recipients`)).statusCode).toBe(403);
    const before = await threadCount(demo.tenantId);
    const start = await post('ria', `/api/dossiers/${dossier('jan-support')}/messages`, { recipientPersonId: person('sanne'), subject: 'Vraag', body: 'Hallo Sanne' });
    expect(start.statusCode).toBe(403);
    expect(await threadCount(demo.tenantId)).toBe(before);
    const list = (await get('ria', `/api/dossiers/${dossier('jan-support')}/messages`)).json();
    expect(list).toMatchObject({ items: [], policies: [] });
    expect((await get('ria', '/api/messages')).json().writableDossiers).toEqual([]);
  });

  it('a provider’s staff (Kees) has no messages in a referred dossier', async () => {
    expect((await get('kees', `/api/messages/${janThread}`)).statusCode).toBe(404);
    expect((await get('kees', `/api/dossiers/${dossier('jan-support')}/message-recipients`)).statusCode).toBe(404);
  });

  it('a closed dossier takes no new conversation (403) and no reply, but its threads stay readable', async () => {
    const closed = dossier('jan-debts');
    const start = await post('jan', `/api/dossiers/${closed}/messages`, { recipientPersonId: person('lotte'), subject: 'Vraag', body: 'Hallo' });
    expect(start.statusCode).toBe(403);
    // A thread from before the closing.
    const old = await inTenant(t.database.owner, demo.tenantId, async (tx) => {
      const [row] = await queryRows<{ id: string }>(
        tx,
        sql`insert into message_thread (tenant_id, dossier_id, subject) values (${demo.tenantId}::uuid, ${closed}::uuid, 'Oud') returning id`,
      );
      await tx.execute(sql`insert into message_participant (tenant_id, thread_id, person_id) values
        (${demo.tenantId}::uuid, ${row!.id}::uuid, ${person('jan')}::uuid), (${demo.tenantId}::uuid, ${row!.id}::uuid, ${person('lotte')}::uuid)`);
      await tx.execute(sql`insert into message (tenant_id, thread_id, sender_person_id, body_encrypted, sent_at)
        values (${demo.tenantId}::uuid, ${row!.id}::uuid, ${person('lotte')}::uuid, ${t.cipher.encrypt('Afgerond')}, now())`);
      return row!.id;
    });
    expect((await post('jan', `/api/messages/${old}/replies`, { body: 'Nog een vraag' })).statusCode).toBe(403);
    const read = await get('jan', `/api/messages/${old}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().policies).toEqual(['read']);
    expect((await get('jan', '/api/messages?pageSize=100')).json().writableDossiers.map((d: { dossierId: string }) => d.dossierId)).toEqual([dossier('jan-support')]);
  });
});

describe('whom one may write to', () => {
  const names = async (who: string, key: string) =>
    (await get(who, `/api/dossiers/${dossier(key)}/message-recipients`)).json().items.map((r: { firstName: string; role: string }) => `${r.firstName}:${r.role}`);

  it('the resident and a guardian write to the dossier’s named professionals', async () => {
    expect(await names('jan', 'jan-support')).toEqual(['Sanne:professional']);
    expect(await names('karin', 'emma-youth')).toEqual(['Daan:professional']);
    const sanne = (await get('jan', `/api/dossiers/${dossier('jan-support')}/message-recipients`)).json().items[0];
    expect(sanne).toMatchObject({ personId: person('sanne'), surname: 'Vries', infix: 'de', description: 'Wijkteams Demoland' });
  });

  it('a professional writes to the resident, relatives who may add, informed relatives (a notice only) and other named professionals — not to Ria (view)', async () => {
    expect(await names('sanne', 'jan-support')).toEqual(['Jan:resident', 'Henk:relative']);
    expect(await names('daan', 'emma-youth')).toEqual(['Emma:resident', 'Karin:relative']);
    expect(await names('sanne', 'mohamed-wmo')).toEqual(['Fatima:professional', 'Mohamed:resident']);
    expect(await names('lotte', 'jan-support')).toEqual(['Sanne:professional', 'Jan:resident', 'Henk:relative']);
  });
});

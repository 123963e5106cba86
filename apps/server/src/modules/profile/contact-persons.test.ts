import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const signed = new Map<string, SignedIn>();

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  for (const key of ['jan', 'emma', 'ria', 'karin', 'sanne', 'daan', 'kees']) signed.set(key, await demo.signIn(key));
  signed.set('elders-jan', await other.signIn('jan'));
});
afterAll(() => t.close());

const as = (key: string) => signed.get(key)!.headers;
const base = (key: string, tenant = demo) => `/api/residents/${tenant.people.get(key)}/contact-persons`;
const list = (who: string, key: string, tenant = demo) => t.app.inject({ method: 'GET', url: base(key, tenant), headers: as(who) });
const add = (who: string, key: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: base(key), headers: as(who), payload });

async function stored(key: string) {
  return inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<{ id: string; name: string; removed_at: string | null }>(tx, sql`select id, name, removed_at from contact_person where resident_id = ${demo.people.get(key)}::uuid`),
  );
}

describe('who may not touch contact persons', () => {
  it('another tenant, another resident, a relative who may view, a coach of another team and a provider: 404', async () => {
    expect((await list('elders-jan', 'jan')).statusCode).toBe(404);
    expect((await list('jan', 'jan', other)).statusCode).toBe(404);
    for (const who of ['emma', 'ria', 'daan', 'kees']) {
      expect((await list(who, 'jan')).statusCode, who).toBe(404);
      expect((await add(who, 'jan', { name: 'Iemand', kind: 'other' })).statusCode, who).toBe(404);
    }
    expect(await stored('jan')).toHaveLength(3);
  });

  it('the coach sees them but may not add, change or remove (403)', async () => {
    const response = await list('sanne', 'jan');
    expect(response.statusCode).toBe(200);
    expect(response.json().policies).toEqual(['read']);
    const first = response.json().items[0];
    expect(first.policies).toEqual(['read']);
    expect((await add('sanne', 'jan', { name: 'Iemand', kind: 'other' })).statusCode).toBe(403);
    const put = await t.app.inject({ method: 'PUT', url: `${base('jan')}/${first.id}`, headers: as('sanne'), payload: { name: 'X', kind: 'gp', version: first.version } });
    expect(put.statusCode).toBe(403);
    const del = await t.app.inject({ method: 'DELETE', url: `${base('jan')}/${first.id}?version=${first.version}`, headers: as('sanne') });
    expect(del.statusCode).toBe(403);
  });

  it('bad input is refused naming the field, and nothing is added', async () => {
    const response = await add('jan', 'jan', { name: '  ', kind: 'priest', phone: 'bel mij', email: 'geen-adres' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'kind', 'name', 'phone']);
    expect(await stored('jan')).toHaveLength(3);
  });

  it('a contact person of another resident cannot be reached through this resident', async () => {
    const emmas = (await list('karin', 'emma')).json().items[0];
    const response = await t.app.inject({ method: 'PUT', url: `${base('jan')}/${emmas.id}`, headers: as('jan'), payload: { name: 'X', kind: 'gp', version: emmas.version } });
    expect(response.statusCode).toBe(404);
  });
});

describe('Jan keeps his contact persons', () => {
  it('lists the demo ones: GP, pharmacy and Ria as carer', async () => {
    const response = await list('jan', 'jan');
    expect(response.statusCode).toBe(200);
    expect(response.json().policies).toEqual(['read', 'create']);
    expect(response.json().items.map((item: { kind: string }) => item.kind)).toEqual(['gp', 'pharmacy', 'carer']);
    expect(response.json().items[0].policies).toEqual(['read', 'update', 'delete']);
  });

  it('adds, changes (409 on a stale version) and removes one; each step audited', async () => {
    const created = await add('jan', 'jan', { name: ' Buurvrouw Fatma ', kind: 'neighbour', mobilePhone: '06 55554444', email: '' });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({ name: 'Buurvrouw Fatma', kind: 'neighbour', phone: null, mobilePhone: '06 55554444', email: null, version: 1 });

    const url = `${base('jan')}/${person.id}`;
    const changed = await t.app.inject({ method: 'PUT', url, headers: as('jan'), payload: { name: 'Buurvrouw Fatma', kind: 'neighbour', phone: '0123 456 789', mobilePhone: '06 55554444', version: 1 } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ phone: '0123 456 789', version: 2 });

    const stale = await t.app.inject({ method: 'PUT', url, headers: as('jan'), payload: { name: 'Fatma', kind: 'family', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Buurvrouw Fatma', version: 2 });

    expect((await t.app.inject({ method: 'DELETE', url: `${url}?version=1`, headers: as('jan') })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'DELETE', url: `${url}?version=2`, headers: as('jan') })).statusCode).toBe(204);
    expect((await list('jan', 'jan')).json().items.map((item: { id: string }) => item.id)).not.toContain(person.id);
    // Soft delete: the row stays for the audit trail.
    expect((await stored('jan')).find((row) => row.id === person.id)?.removed_at).not.toBeNull();
    expect((await t.app.inject({ method: 'DELETE', url: `${url}?version=3`, headers: as('jan') })).statusCode).toBe(404);

    const audit = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ action: string; field: string | null; details: unknown }>(tx, sql`select action, field, details from audit_event where object_id = ${person.id} order by seq`),
    );
    expect(audit.map((row) => [row.action, row.field])).toEqual([
      ['create', null],
      ['update', 'phone'],
      ['delete', null],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Fatma');
  });

  it('Karin adds one for Emma as her guardian; the log says on behalf of Emma', async () => {
    const created = await add('karin', 'emma', { name: 'Oma Smit', kind: 'family', phone: '0123-445566' });
    expect(created.statusCode).toBe(201);
    const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ actor_person_id: string; on_behalf_of_person_id: string }>(
        tx,
        sql`select actor_person_id, on_behalf_of_person_id from audit_event where object_id = ${created.json().id} and action = 'create'`,
      ),
    );
    expect(row).toEqual({ actor_person_id: demo.people.get('karin'), on_behalf_of_person_id: demo.people.get('emma') });
  });
});

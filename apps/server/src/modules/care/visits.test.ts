import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';
import { monthOf } from './time-blocks.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const signed = new Map<string, SignedIn>();

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(() => t.close());

async function as(key: string, tenant: DemoTenant = demo) {
  const id = `${tenant.slug}:${key}`;
  if (!signed.has(id)) signed.set(id, await tenant.signIn(key));
  return signed.get(id)!;
}

type Visit = { id: string; kind: string; professionalFirstName: string | null; startsAt: string | null; endsAt: string | null; detailsHidden: boolean; version: number; policies: string[]; organisation: { name: string } };
type Month = { month: string; policies: string[]; days: Array<{ date: string; blocks: Array<{ block: string; visits: Visit[] }> }> };

const visitsOf = (month: Month) => month.days.flatMap((day) => day.blocks.flatMap((block) => block.visits));
const dossier = (key: string) => demo.dossiers.get(key)!;
const march = '2030-03';
const body = { kind: 'personalCare', professionalFirstName: 'Anouk', startsAt: '2030-03-31T07:30:00+02:00', endsAt: '2030-03-31T08:00:00+02:00' };

async function get(key: string, url: string, tenant = demo) {
  return t.app.inject({ method: 'GET', url, headers: (await as(key, tenant)).headers });
}
async function send(key: string, method: 'POST' | 'PUT' | 'DELETE', url: string, payload: unknown, tenant = demo) {
  return t.app.inject({ method, url, headers: (await as(key, tenant)).headers, payload: payload as object });
}
async function visitCount(dossierKey: string) {
  const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<{ n: number }>(tx, sql`select count(*)::int as n from visit where dossier_id = ${dossier(dossierKey)}::uuid`),
  );
  return row!.n;
}

describe('who may plan and see visits: refusals first', () => {
  it('another tenant’s dossier does not exist: reading or planning answers 404', async () => {
    expect((await get('sanne', `/api/dossiers/${dossier('jan-support')}/visits?month=${march}`, other)).statusCode).toBe(404);
    expect((await send('kees', 'POST', `/api/dossiers/${dossier('jan-support')}/visits`, body, other)).statusCode).toBe(404);
    expect(await visitCount('jan-support')).toBeGreaterThan(0);
  });

  it('another resident and an unreferred provider get 404; Noor (Het Anker) cannot plan in Jan’s dossier (only De Linde is referred)', async () => {
    expect((await get('emma', `/api/dossiers/${dossier('jan-support')}/visits?month=${march}`)).statusCode).toBe(404);
    expect((await get('noor', `/api/dossiers/${dossier('jan-support')}/visits?month=${march}`)).statusCode).toBe(404);
    const before = await visitCount('jan-support');
    expect((await send('noor', 'POST', `/api/dossiers/${dossier('jan-support')}/visits`, body)).statusCode).toBe(404);
    expect(await visitCount('jan-support')).toBe(before);
  });

  it('a coach reads the planning but may not plan (403), nor may the resident', async () => {
    expect((await get('sanne', `/api/dossiers/${dossier('jan-support')}/visits?month=${march}`)).json().policies).toEqual([]);
    const before = await visitCount('jan-support');
    expect((await send('sanne', 'POST', `/api/dossiers/${dossier('jan-support')}/visits`, body)).statusCode).toBe(403);
    expect((await send('jan', 'POST', `/api/dossiers/${dossier('jan-support')}/visits`, body)).statusCode).toBe(403);
    expect(await visitCount('jan-support')).toBe(before);
  });

  it('Kees (De Linde) may not change or cancel Noor’s (Het Anker) visit in Mohamed’s dossier: 403, unchanged', async () => {
    const month = (await get('kees', `/api/dossiers/${dossier('mohamed-wmo')}/visits?month=${monthOf(new Date())}`)).json() as Month;
    const noors = visitsOf(month).find((visit) => visit.organisation.name === 'Begeleiding Het Anker')!;
    expect(noors.policies).toEqual(['read', 'readDetails']);
    const url = `/api/dossiers/${dossier('mohamed-wmo')}/visits/${noors.id}`;
    expect((await send('kees', 'PUT', url, { ...body, kind: 'support', version: noors.version })).statusCode).toBe(403);
    expect((await send('kees', 'DELETE', url, { version: noors.version })).statusCode).toBe(403);
    const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ version: number; cancelled_at: unknown }>(tx, sql`select version, cancelled_at from visit where id = ${noors.id}::uuid`),
    );
    expect(row).toEqual({ version: noors.version, cancelled_at: null });
    // Noor herself may.
    const own = (await get('noor', `/api/dossiers/${dossier('mohamed-wmo')}/visits?month=${monthOf(new Date())}`)).json() as Month;
    expect(visitsOf(own).find((visit) => visit.id === noors.id)!.policies).toEqual(['read', 'readDetails', 'update', 'delete']);
  });

  it('bad input answers 400 naming the field and stores nothing', async () => {
    const url = `/api/dossiers/${dossier('jan-support')}/visits`;
    const before = await visitCount('jan-support');
    const endBeforeStart = await send('kees', 'POST', url, { ...body, endsAt: '2030-03-31T07:00:00+02:00' });
    expect(endBeforeStart.statusCode).toBe(400);
    expect(endBeforeStart.json().errors).toEqual([expect.objectContaining({ field: 'endsAt', code: 'invalid' })]);
    const tooLong = await send('kees', 'POST', url, { ...body, endsAt: '2030-03-31T20:00:00+02:00' });
    expect(tooLong.json().errors).toEqual([expect.objectContaining({ field: 'endsAt', code: 'tooLong' })]);
    const noKind = await send('kees', 'POST', url, { ...body, kind: 'gardening' });
    expect(noKind.json().errors[0].field).toBe('kind');
    const noName = await send('kees', 'POST', url, { ...body, professionalFirstName: ' ' });
    expect(noName.json().errors[0].field).toBe('professionalFirstName');
    const notStaff = await send('kees', 'POST', url, { ...body, professionalPersonId: demo.people.get('noor') });
    expect(notStaff.json().errors).toEqual([expect.objectContaining({ field: 'professionalPersonId', code: 'invalid' })]);
    expect(await visitCount('jan-support')).toBe(before);
  });
});

describe('planning visits', () => {
  let created: Visit;

  it('Kees plans a visit; Jan, Ria and the coach see it in its day and block, audited', async () => {
    const answer = await send('kees', 'POST', `/api/dossiers/${dossier('jan-support')}/visits`, { ...body, professionalPersonId: demo.people.get('kees') });
    expect(answer.statusCode).toBe(201);
    created = answer.json();
    expect(created).toMatchObject({ kind: 'personalCare', professionalFirstName: 'Anouk', startsAt: '2030-03-31T05:30:00.000Z', version: 1 });
    expect(created.policies).toEqual(['read', 'readDetails', 'update', 'delete']);

    const jans = (await get('jan', `/api/visits?month=${march}`)).json() as Month;
    expect(jans.days).toEqual([{ date: '2030-03-31', blocks: [{ block: 'earlyMorning', visits: [expect.objectContaining({ id: created.id, professionalFirstName: 'Anouk' })] }] }]);
    expect(jans.days[0]!.blocks[0]!.visits[0]!.policies).toEqual(['read', 'readDetails']);
    const rias = (await get('ria', `/api/visits?month=${march}`)).json() as Month;
    expect(visitsOf(rias).map((visit) => visit.id)).toEqual([created.id]);
    expect((await get('emma', `/api/visits?month=${march}`)).json().days).toEqual([]);
    const coach = (await get('sanne', `/api/dossiers/${dossier('jan-support')}/visits?month=${march}`)).json() as Month;
    expect(visitsOf(coach).map((visit) => visit.id)).toEqual([created.id]);

    const audit = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ action: string; object_type: string; resident_id: string }>(
        tx,
      sql`select action, object_type, resident_id from audit_event where object_type = 'visit' and (object_id = ${created.id} or (details->>'month' = ${march} and details->>'dossierId' = ${dossier('jan-support')})) order by seq`,
      ),
    );
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['create', 'read']));
    expect(new Set(audit.map((row) => row.resident_id))).toEqual(new Set([demo.people.get('jan')]));
  });

  it('a change with a stale version answers 409 with the current visit; the right version moves it to another block', async () => {
    const url = `/api/dossiers/${dossier('jan-support')}/visits/${created.id}`;
    const moved = { ...body, startsAt: '2030-03-31T21:30:00+02:00', endsAt: '2030-03-31T22:00:00+02:00' };
    const changed = await send('kees', 'PUT', url, { ...moved, version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().version).toBe(2);
    const stale = await send('kees', 'PUT', url, { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: created.id, version: 2, startsAt: '2030-03-31T19:30:00.000Z' });
    const jans = (await get('jan', `/api/visits?month=${march}`)).json() as Month;
    expect(jans.days[0]!.blocks.map((block) => block.block)).toEqual(['lateEvening']);
  });

  it('cancelling needs the current version; a cancelled visit leaves the planning and cannot be changed', async () => {
    const url = `/api/dossiers/${dossier('jan-support')}/visits/${created.id}`;
    expect((await send('kees', 'DELETE', url, { version: 1 })).statusCode).toBe(409);
    expect((await send('kees', 'DELETE', url, { version: 2 })).statusCode).toBe(204);
    expect((await get('jan', `/api/visits?month=${march}`)).json().days).toEqual([]);
    expect((await send('kees', 'PUT', url, { ...body, version: 3 })).statusCode).toBe(404);
  });

  it('the demo month fills all seven time blocks, night first', async () => {
    const month = (await get('jan', `/api/visits?month=${monthOf(new Date())}`)).json() as Month;
    const blocks = new Set(month.days.flatMap((day) => day.blocks.map((block) => block.block)));
    expect([...blocks].sort()).toEqual(['afternoon', 'earlyMorning', 'evening', 'lateAfternoon', 'lateEvening', 'morning', 'night']);
    const sunday = month.days.find((day) => day.blocks[0]!.block === 'night')!;
    expect(sunday.blocks.map((block) => block.block).slice(0, 2)).toEqual(['night', 'earlyMorning']);
  });
});

describe('a resident of a residential location (seed 003)', () => {
  it('does not get names and times of personal care and nursing; household help stays visible; professionals still see all', async () => {
    await inTenant(t.database.owner, demo.tenantId, (tx) =>
      tx.execute(sql`insert into resident_profile (tenant_id, person_id, residential_location) values (${demo.tenantId}::uuid, ${demo.people.get('jan')}::uuid, true)
                     on conflict (tenant_id, person_id) do update set residential_location = true`),
    );
    const month = monthOf(new Date());
    const response = await get('jan', `/api/visits?month=${month}`);
    const visits = visitsOf(response.json() as Month);
    const hidden = visits.filter((visit) => visit.kind === 'personalCare' || visit.kind === 'nursing');
    const shown = visits.filter((visit) => visit.kind === 'householdHelp');
    expect(hidden.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    for (const visit of hidden) expect(visit).toMatchObject({ professionalFirstName: null, startsAt: null, endsAt: null, detailsHidden: true });
    for (const visit of shown) expect(visit).toMatchObject({ professionalFirstName: 'Ilse', detailsHidden: false, startsAt: expect.any(String) });
    for (const name of ['Anouk', 'Yvonne', 'Fleur', 'Sem', 'Bram', 'Kees']) expect(response.body).not.toContain(`"${name}"`);
    expect(visits.filter((visit) => visit.startsAt !== null).length).toBe(shown.length);

    const rias = visitsOf((await get('ria', `/api/visits?month=${month}`)).json() as Month);
    expect(rias.filter((visit) => visit.professionalFirstName !== null).every((visit) => visit.kind === 'householdHelp')).toBe(true);
    const coach = visitsOf((await get('sanne', `/api/dossiers/${dossier('jan-support')}/visits?month=${month}`)).json() as Month);
    expect(coach.every((visit) => visit.professionalFirstName !== null && !visit.detailsHidden)).toBe(true);
    const kees = visitsOf((await get('kees', `/api/dossiers/${dossier('jan-support')}/visits?month=${month}`)).json() as Month);
    expect(kees.some((visit) => visit.professionalFirstName === 'Anouk')).toBe(true);

    await inTenant(t.database.owner, demo.tenantId, (tx) =>
      tx.execute(sql`update resident_profile set residential_location = false where person_id = ${demo.people.get('jan')}::uuid`),
    );
  });

  it('a month that is not YYYY-MM is refused naming the field', async () => {
    const response = await get('jan', '/api/visits?month=2026-13');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('month');
  });
});

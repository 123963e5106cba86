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
let clock = new Date();

beforeAll(async () => {
  t = await createTestApp({}, () => clock);
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(() => t.close());

async function as(key: string, tenant: DemoTenant = demo) {
  const id = `${tenant.slug}:${key}`;
  if (!signed.has(id)) signed.set(id, await tenant.signIn(key));
  return signed.get(id)!;
}
const dossier = (key: string) => demo.dossiers.get(key)!;
async function get(key: string, url: string, tenant = demo) {
  return t.app.inject({ method: 'GET', url, headers: (await as(key, tenant)).headers });
}
async function write(key: string, dossierKey: string, payload: unknown, tenant = demo) {
  return t.app.inject({ method: 'POST', url: `/api/dossiers/${dossier(dossierKey)}/care-reports`, headers: (await as(key, tenant)).headers, payload: payload as object });
}
async function reportCount() {
  const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from care_report`));
  return row!.n;
}
type Report = { id: string; writtenAt: string; text: string; visibleToResident: boolean; author: { firstName: string; surname: string }; organisation: { name: string }; policies: string[] };

describe('care reports: refusals first', () => {
  it('another tenant, another resident and an unreferred provider get 404', async () => {
    expect((await get('jan', `/api/dossiers/${dossier('jan-support')}/care-reports`, other)).statusCode).toBe(404);
    expect((await write('kees', 'jan-support', { text: 'Bezoek', visibleToResident: true }, other)).statusCode).toBe(404);
    expect((await get('emma', `/api/dossiers/${dossier('jan-support')}/care-reports`)).statusCode).toBe(404);
    expect((await write('noor', 'jan-support', { text: 'Bezoek', visibleToResident: true })).statusCode).toBe(404);
  });

  it('only provider staff write: a coach, the resident and a relative get 403; nothing is stored', async () => {
    const before = await reportCount();
    expect((await write('sanne', 'jan-support', { text: 'Bezoek', visibleToResident: true })).statusCode).toBe(403);
    expect((await write('jan', 'jan-support', { text: 'Bezoek', visibleToResident: true })).statusCode).toBe(403);
    expect((await write('ria', 'jan-support', { text: 'Bezoek', visibleToResident: true })).statusCode).toBe(403);
    expect(await reportCount()).toBe(before);
  });

  it('an empty or too long text and a missing visibility are refused naming the field', async () => {
    const before = await reportCount();
    expect((await write('kees', 'jan-support', { text: '   ', visibleToResident: true })).json().errors[0].field).toBe('text');
    expect((await write('kees', 'jan-support', { text: 'x'.repeat(10_001), visibleToResident: true })).json().errors[0]).toMatchObject({ field: 'text', code: 'tooLong' });
    expect((await write('kees', 'jan-support', { text: 'Bezoek' })).json().errors[0].field).toBe('visibleToResident');
    expect(await reportCount()).toBe(before);
  });

  it('a provider does not read the plan text sections (not shared with them); another tenant gets 404', async () => {
    expect((await get('kees', `/api/dossiers/${dossier('jan-support')}/care-plan`)).statusCode).toBe(404);
    expect((await get('jan', `/api/dossiers/${dossier('jan-support')}/care-plan`, other)).statusCode).toBe(404);
  });
});

describe('writing and reading care reports', () => {
  let hidden: Report;
  let shown: Report;

  it('Kees writes two reports; the text is encrypted at rest and the write is audited', async () => {
    clock = new Date(Date.now() + 60_000);
    const first = await write('kees', 'jan-support', { text: 'Alleen voor het team: overleg met de huisarts.', visibleToResident: false });
    expect(first.statusCode).toBe(201);
    hidden = first.json();
    clock = new Date(clock.getTime() + 60_000);
    shown = (await write('kees', 'jan-support', { text: 'Jan heeft goed geslapen.', visibleToResident: true })).json();
    expect(shown).toMatchObject({ author: { firstName: 'Kees', surname: 'Mulder' }, organisation: { name: 'Thuiszorg De Linde' }, visibleToResident: true, policies: ['read'] });
    const [stored] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ text_encrypted: string }>(tx, sql`select text_encrypted from care_report where id = ${shown.id}::uuid`),
    );
    expect(stored!.text_encrypted).not.toContain('geslapen');
    const audit = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ action: string; resident_id: string }>(
        tx,
      sql`select action, resident_id from audit_event where object_type = 'careReport' and object_id = ${shown.id} and action = 'create'`,
      ),
    );
    expect(audit).toEqual([{ action: 'create', resident_id: demo.people.get('jan') }]);
  });

  it('Jan sees reports newest first, paged, and never one marked not visible — across his dossiers or in one', async () => {
    const first = (await get('jan', '/api/care-reports?page=1&pageSize=3')).json() as { items: Report[]; total: number; policies: string[] };
    expect(first.items[0]!.id).toBe(shown.id);
    expect(first.items.map((item) => item.writtenAt)).toEqual([...first.items.map((item) => item.writtenAt)].sort().reverse());
    const all: Report[] = [];
    for (let page = 1; page <= Math.ceil(first.total / 3); page++) all.push(...((await get('jan', `/api/care-reports?page=${page}&pageSize=3`)).json().items as Report[]));
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((item) => item.id)).size).toBe(first.total);
    expect(all.every((item) => item.visibleToResident)).toBe(true);
    expect(all.map((item) => item.id)).not.toContain(hidden.id);
    expect(JSON.stringify(all)).not.toContain('huisarts');
    const inDossier = (await get('jan', `/api/dossiers/${dossier('jan-support')}/care-reports?pageSize=50`)).json();
    expect(inDossier.total).toBe(first.total);
    expect(inDossier.policies).toEqual([]);
    expect((await get('jan', '/api/care-reports?page=99')).json()).toEqual({ items: [], total: first.total, policies: [] });
  });

  it('Ria (may view) sees the same; the coach and Kees see the hidden report too, and Kees may write', async () => {
    const rias = (await get('ria', '/api/care-reports?pageSize=50')).json();
    expect(rias.items.map((item: Report) => item.id)).not.toContain(hidden.id);
    const coach = (await get('sanne', `/api/dossiers/${dossier('jan-support')}/care-reports?pageSize=50`)).json();
    expect(coach.items.map((item: Report) => item.id)).toContain(hidden.id);
    expect(coach.total).toBe(rias.total + 3);
    const kees = (await get('kees', `/api/dossiers/${dossier('jan-support')}/care-reports?pageSize=2`)).json();
    expect(kees.items.map((item: Report) => item.id)).toEqual([shown.id, hidden.id]);
    expect(kees.policies).toEqual(['create']);
    // Across dossiers is the portal's view: a professional has none there.
    expect((await get('sanne', '/api/care-reports')).json()).toEqual({ items: [], total: 0, policies: [] });
  });

  it('each report read is audited with the resident', async () => {
    const rows = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ n: number }>(
        tx,
      sql`select count(*)::int as n from audit_event where object_type = 'careReport' and action = 'read' and object_id = ${shown.id} and resident_id = ${demo.people.get('jan')}::uuid`,
      ),
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(3);
  });
});

describe('the care plan in the ECD', () => {
  it('Jan reads the three sections of his open dossier; the closed one is left out of the portal’s list', async () => {
    const plan = (await get('jan', `/api/dossiers/${dossier('jan-support')}/care-plan`)).json();
    expect(plan.source).toBe('planSections');
    expect(plan.sections.map((section: { kind: string }) => section.kind)).toEqual(['livingSituation', 'future', 'agreements']);
    expect(plan.sections[1].text).toContain('boodschappen');
    const plans = (await get('jan', '/api/care-plans')).json();
    expect(plans.items.map((item: { dossierId: string }) => item.dossierId)).toEqual([dossier('jan-support')]);
    expect(plans.items[0].dossier).toEqual({ teamName: 'WT Volwassenen', fileNumber: 'WT-2026-0101' });
    const audit = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ n: number }>(
        tx,
      sql`select count(*)::int as n from audit_event where object_type = 'planSection' and action = 'read' and resident_id = ${demo.people.get('jan')}::uuid and details->>'via' = 'carePlan'`,
      ),
    );
    expect(audit[0]!.n).toBe(6);
  });

  it('Karin (guardian) reads Emma’s plan on her behalf; the coach reads it per dossier', async () => {
    const plans = (await get('karin', '/api/care-plans')).json();
    expect(plans.items.map((item: { dossierId: string }) => item.dossierId)).toEqual([dossier('emma-youth')]);
    const onBehalf = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ on_behalf_of_person_id: string }>(
        tx,
      sql`select on_behalf_of_person_id from audit_event where object_type = 'planSection' and actor_person_id = ${demo.people.get('karin')}::uuid`,
      ),
    );
    expect(onBehalf).toHaveLength(3);
    expect(onBehalf.every((row) => row.on_behalf_of_person_id === demo.people.get('emma'))).toBe(true);
    expect((await get('daan', `/api/dossiers/${dossier('emma-youth')}/care-plan`)).json().sections).toHaveLength(3);
  });
});

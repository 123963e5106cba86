import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const as = async (key: string) => apiAs(t, await demo.signIn(key));
const page = (key: string) => `/api/dossiers/${demo.dossiers.get(key)}`;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(() => t.close());

describe('who may open a dossier page', () => {
  it('nobody signed in gets 401', async () => {
    expect((await apiAs(t, null).get(page('jan-support'))).statusCode).toBe(401);
  });

  it('a dossier of another tenant answers 404, also to the coach with the same demo name there', async () => {
    const sanne = await as('sanne');
    expect((await sanne.get(`/api/dossiers/${other.dossiers.get('jan-support')}`)).statusCode).toBe(404);
  });

  it('another resident, a coach of another team, an unreferred provider and the administrator get 404', async () => {
    for (const key of ['emma', 'daan', 'noor', 'peter', 'karin']) {
      const response = await (await as(key)).get(page('jan-support'));
      expect(response.statusCode, key).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('a malformed id is a 400 naming the parameter, not a server error', async () => {
    const response = await (await as('jan')).get('/api/dossiers/not-a-uuid');
    expect(response.statusCode).toBe(400);
  });
});

describe('what each person sees on the page', () => {
  it('the resident sees the visible journal only, the plan text, the actions and who may sign in', async () => {
    const body = (await (await as('jan')).get(page('jan-support'))).json();
    expect(body.fileNumber).toBe('WT-2026-0101');
    expect(body.team.name).toBe('WT Volwassenen');
    expect(body.professionals.map((p: { firstName: string }) => p.firstName)).toEqual(['Sanne']);
    expect(body.journal.total).toBe(4);
    expect(body.journal.items.every((entry: { visibleToResident: boolean }) => entry.visibleToResident)).toBe(true);
    expect(body.journal.items.map((e: { note: string }) => e.note).join(' ')).not.toContain('De Linde over extra hulp');
    expect(body.planSections.map((s: { kind: string }) => s.kind)).toEqual(['livingSituation', 'future', 'agreements']);
    expect(body.planSections[0].text).toContain('flat op de tweede verdieping');
    expect(body.planSections[0].policies).toEqual(['read', 'update']);
    expect(body.actions).toHaveLength(4);
    expect(body.actions[0].policies).toEqual(['read', 'update']);
    expect(body.relatives.map((r: { firstName: string; level: string }) => `${r.firstName}:${r.level}`).sort()).toEqual(['Henk:informed', 'Ria:view']);
    expect(body.can).toMatchObject({ addJournalEntry: false, addAction: false, readAccessLog: true });
    expect(body.services.map((s: { status: string }) => s.status).sort()).toEqual(['granted', 'refused']);
  });

  it('a relative who may view sees the visible journal and the plan but never the actions, and may add nothing', async () => {
    const body = (await (await as('ria')).get(page('jan-support'))).json();
    expect(body.actions).toBeUndefined();
    expect(body.journal.total).toBe(4);
    expect(body.planSections[0].policies).toEqual(['read']);
    expect(body.can).toEqual({ addJournalEntry: false, addAction: false, addService: false, addInvolvedParty: false, addRelative: false, readAccessLog: false });
  });

  it('a referred provider sees the header and services, not the journal, plan text or actions', async () => {
    const body = (await (await as('kees')).get(page('jan-support'))).json();
    expect(body.journal).toEqual({ items: [], total: 0 });
    expect(body.planSections).toEqual([]);
    expect(body.actions).toBeUndefined();
    expect(body.relatives).toBeUndefined();
    expect(body.services.length).toBe(2);
  });

  it('the coach sees the whole journal and may add every part', async () => {
    const body = (await (await as('sanne')).get(page('jan-support'))).json();
    expect(body.journal.total).toBe(6);
    expect(body.actions).toHaveLength(4);
    expect(body.can).toEqual({ addJournalEntry: true, addAction: true, addService: true, addInvolvedParty: true, addRelative: true, readAccessLog: true });
    expect(body.policies).toEqual(['read', 'update', 'close']);
  });

  it('the journal pages newest first without overlap, and a resident’s pages hold only visible entries', async () => {
    const sanne = await as('sanne');
    const first = (await sanne.get(`${page('jan-support')}/journal?page=1&pageSize=4`)).json();
    const second = (await sanne.get(`${page('jan-support')}/journal?page=2&pageSize=4`)).json();
    expect(first.total).toBe(6);
    expect(second.items).toHaveLength(2);
    const dates = [...first.items, ...second.items].map((e: { occurredOn: string }) => e.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set([...first.items, ...second.items].map((e: { id: string }) => e.id)).size).toBe(6);
    const jan = (await (await as('jan')).get(`${page('jan-support')}/journal?page=1&pageSize=25`)).json();
    expect(jan.total).toBe(4);
    expect((await (await as('daan')).get(`${page('jan-support')}/journal`)).statusCode).toBe(404);
  });

  it('Mijn dossiers lists open dossiers first and closed ones with date and reason', async () => {
    const body = (await (await as('jan')).get('/api/dossiers')).json();
    expect(body.items.map((d: { fileNumber: string }) => d.fileNumber)).toEqual(['WT-2026-0101', 'WT-2025-0877']);
    expect(body.items[1].closedOn).not.toBeNull();
    expect(body.items[1].closingReason).toBe('Doelen behaald');
  });

  it('Mijn acties lists only open actions of the resident’s open dossiers; a relative who may view gets none', async () => {
    const jan = (await (await as('jan')).get('/api/me/actions')).json();
    expect(jan.items.map((a: { text: string }) => a.text).sort()).toEqual([
      'Afspraak maken met de huisarts over vallen',
      'Netwerkberaad met zoon Henk plannen',
      'Post van deze maand samen doornemen',
    ]);
    expect((await (await as('ria')).get('/api/me/actions')).json().items).toEqual([]);
    const karin = (await (await as('karin')).get('/api/me/actions')).json();
    expect(karin.items.map((a: { text: string }) => a.text)).toEqual(['Wekker om 7 uur zetten, een week lang']);
  });

  it('Mijn acties is only the resident’s side: the coach, the provider and the administrator get none; each action carries the policy’s actions', async () => {
    for (const key of ['sanne', 'daan', 'kees', 'peter']) {
      expect((await (await as(key)).get('/api/me/actions')).json().items, key).toEqual([]);
    }
    const jan = (await (await as('jan')).get('/api/me/actions')).json();
    expect(new Set(jan.items.map((a: { fileNumber: string }) => a.fileNumber))).toEqual(new Set(['WT-2026-0101']));
    expect(jan.items.every((a: { policies: string[] }) => a.policies.join() === 'read,update')).toBe(true);
    const karin = (await (await as('karin')).get('/api/me/actions')).json();
    expect(karin.items[0].policies).toEqual(['read', 'update']);
    const [logged] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ reads: number }>(
        tx,
        sql`select count(*)::int as reads from audit_event where object_type = 'action' and action = 'read'
              and actor_person_id = ${demo.people.get('karin')}::uuid and resident_id = ${demo.people.get('emma')}::uuid`,
      ),
    );
    expect(logged!.reads).toBeGreaterThanOrEqual(1);
  });

  it('every part read is in the audit log for the resident, without names or note text', async () => {
    await (await as('sanne')).get(page('jan-support'));
    const rows = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ object_type: string; details: unknown }>(
        tx,
        sql`select object_type, details from audit_event where resident_id = ${demo.people.get('jan')}::uuid and actor_person_id = ${demo.people.get('sanne')}::uuid and action = 'read'`,
      ),
    );
    expect(new Set(rows.map((row) => row.object_type))).toEqual(
      new Set(['dossier', 'journalEntry', 'planSection', 'specialistService', 'involvedParty', 'relativeAccess', 'action']),
    );
    expect(JSON.stringify(rows)).not.toMatch(/Jan|Boer|keukentafel/);
  });
});

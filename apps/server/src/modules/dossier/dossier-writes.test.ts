import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';

let t: TestApp;
let demo: DemoTenant;
const as = async (key: string) => apiAs(t, await demo.signIn(key));
const url = (key: string, rest = '') => `/api/dossiers/${demo.dossiers.get(key)}${rest}`;
const count = (table: string) =>
  inTenant(t.database.owner, demo.tenantId, async (tx) => (await queryRows<{ n: number }>(tx, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
});
afterAll(() => t.close());

describe('journal', () => {
  it('a relative who may only view cannot write a note (403), and nothing is stored', async () => {
    const before = await count('journal_entry');
    const response = await (await as('ria')).post(url('jan-support', '/journal'), { occurredOn: today(), contactType: 'phone', note: 'Hallo', visibleToResident: true });
    expect(response.statusCode).toBe(403);
    expect(await count('journal_entry')).toBe(before);
  });

  it('bad input names the field and stores nothing: empty note, unknown contact type', async () => {
    const sanne = await as('sanne');
    const before = await count('journal_entry');
    const empty = await sanne.post(url('jan-support', '/journal'), { occurredOn: today(), contactType: 'phone', note: '   ', visibleToResident: true });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { field: string }) => e.field)).toEqual(['note']);
    const unknown = await sanne.post(url('jan-support', '/journal'), { occurredOn: today(), contactType: 'telepathy', note: 'x', visibleToResident: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'contactType', code: 'unknown' });
    expect(await count('journal_entry')).toBe(before);
  });

  it('nobody writes to a closed dossier, not even its own team', async () => {
    const response = await (await as('lotte')).post(url('jan-debts', '/journal'), { occurredOn: today(), contactType: 'phone', note: 'x', visibleToResident: false });
    expect(response.statusCode).toBe(403);
  });

  it('a guardian’s note is always visible to the resident, marked as from a relative, and logged on behalf of the resident', async () => {
    const karin = await as('karin');
    const response = await karin.post(url('emma-youth', '/journal'), { occurredOn: today(), contactType: 'phone', note: 'Emma slaapt slecht', visibleToResident: false });
    expect(response.statusCode).toBe(201);
    const emma = (await (await as('emma')).get(url('emma-youth'))).json();
    const entry = emma.journal.items.find((e: { note: string }) => e.note === 'Emma slaapt slecht');
    expect(entry).toMatchObject({ visibleToResident: true, authorKind: 'relative', author: { firstName: 'Karin' } });
    const [audit] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ on_behalf_of_person_id: string }>(tx, sql`select on_behalf_of_person_id from audit_event where object_id = ${response.json().id} and action = 'create'`),
    );
    expect(audit!.on_behalf_of_person_id).toBe(demo.people.get('emma'));
    const [stored] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ note_encrypted: string }>(tx, sql`select note_encrypted from journal_entry where id = ${response.json().id}`),
    );
    expect(stored!.note_encrypted).not.toContain('slaapt');
  });
});

describe('plan text sections', () => {
  it('two people saving the same section: the second gets 409 with the first one’s text, and both versions are in the history', async () => {
    const jan = await as('jan');
    const sanne = await as('sanne');
    const page = (await jan.get(url('jan-support'))).json();
    const future = page.planSections.find((s: { kind: string }) => s.kind === 'future');
    const first = await jan.put(url('jan-support', '/plan-sections/future'), { version: future.version, text: 'Zelf boodschappen doen.' });
    expect(first.statusCode).toBe(200);
    const stale = await sanne.put(url('jan-support', '/plan-sections/future'), { version: future.version, text: 'Iets anders.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: future.version + 1, text: 'Zelf boodschappen doen.', updatedBy: { firstName: 'Jan' } });
    const history = (await jan.get(url('jan-support', '/plan-sections/future/history'))).json();
    expect(history.items.map((r: { text: string }) => r.text)).toEqual(['Zelf boodschappen doen.', future.text]);
    // Her failed save left no trace; once she saves on top of Jan's version, Jan's access log names the section.
    expect((await sanne.put(url('jan-support', '/plan-sections/future'), { version: future.version + 1, text: 'Samen boodschappen doen.' })).statusCode).toBe(200);
    const log = (await jan.get(url('jan-support', '/access-log'))).json();
    const changes = log.items.filter((e: { action: string; objectType: string }) => e.action === 'update' && e.objectType === 'planSection');
    expect(changes).toEqual([expect.objectContaining({ field: 'future', actor: expect.objectContaining({ firstName: 'Sanne' }) })]);
  });

  it('a relative who may only view cannot save, and a new section starts from version 0', async () => {
    expect((await (await as('ria')).put(url('jan-support', '/plan-sections/agreements'), { version: 1, text: 'x' })).statusCode).toBe(403);
    const mohamedSection = await (await as('sanne')).put(url('mohamed-wmo', '/plan-sections/future'), { version: 0, text: 'Weer zelf koken.' });
    expect(mohamedSection.json()).toMatchObject({ version: 1 });
  });
});

describe('actions', () => {
  it('the resident ticks an action off but may not rewrite it; a relative never sees or touches them', async () => {
    const jan = await as('jan');
    const action = (await jan.get(url('jan-support'))).json().actions.find((a: { doneOn: string | null }) => a.doneOn === null);
    expect((await jan.put(url('jan-support', `/actions/${action.id}`), { version: action.version, text: 'Anders' })).statusCode).toBe(403);
    const done = await jan.post(url('jan-support', `/actions/${action.id}/done`), { version: action.version, done: true });
    expect(done.statusCode).toBe(200);
    expect(done.json().doneOn).toBe(today());
    const again = await jan.post(url('jan-support', `/actions/${action.id}/done`), { version: action.version, done: true });
    expect(again.statusCode).toBe(409);
    // Actions do not exist for her: 404, not 403.
    expect((await (await as('ria')).post(url('jan-support', `/actions/${action.id}/done`), { version: action.version + 1, done: false })).statusCode).toBe(404);
  });

  it('the coach adds a standard action; an unknown standard code names the field', async () => {
    const sanne = await as('sanne');
    expect((await sanne.post(url('jan-support', '/actions'), { text: 'x', standardCode: 'nope' })).json().errors[0].field).toBe('standardCode');
    const created = await sanne.post(url('jan-support', '/actions'), { text: 'Toeslag aanvragen', standardCode: 'applyAllowance', plannedOn: today() });
    expect(created.statusCode).toBe(201);
  });
});

describe('relatives', () => {
  it('the resident withdraws a relative’s access and it applies to the relative’s open session at once', async () => {
    const ria = await as('ria');
    expect((await ria.get(url('jan-support'))).statusCode).toBe(200);
    const jan = await as('jan');
    const relative = (await jan.get(url('jan-support'))).json().relatives.find((r: { firstName: string }) => r.firstName === 'Ria');
    expect((await jan.delete(url('jan-support', `/relatives/${relative.personId}`), { version: relative.version })).statusCode).toBe(204);
    expect((await ria.get(url('jan-support'))).statusCode).toBe(404);
  });

  it('a minor does not withdraw their guardian’s access; the resident decides only when of age and not under guardianship', async () => {
    const emma = await as('emma');
    const karin = (await emma.get(url('emma-youth'))).json().relatives[0];
    expect(karin.policies).not.toContain('revoke');
    expect((await emma.delete(url('emma-youth', `/relatives/${karin.personId}`), { version: karin.version })).statusCode).toBe(403);
    expect((await (await as('karin')).get(url('emma-youth'))).statusCode).toBe(200);
  });

  it('a guardian needs the level write; inviting needs an e-mail address; the invitation is mailed', async () => {
    const sanne = await as('sanne');
    const bad = await sanne.post(url('jan-support', '/relatives'), { firstName: 'A', surname: 'B', relation: 'Broer', level: 'view', actsOnBehalf: true });
    expect(bad.json().errors[0].field).toBe('actsOnBehalf');
    const noMail = await sanne.post(url('jan-support', '/relatives'), { firstName: 'A', surname: 'B', relation: 'Broer', level: 'view', invite: true });
    expect(noMail.json().errors[0].field).toBe('email');
    await t.deliverMail();
    const since = t.mail.mails.length;
    const ok = await sanne.post(url('jan-support', '/relatives'), {
      firstName: 'Piet',
      surname: 'de Boer',
      email: 'piet.deboer@example.test',
      relation: 'Broer',
      level: 'view',
      invite: true,
    });
    expect(ok.statusCode).toBe(201);
    const mail = await (async () => (await t.deliverMail(), t.mail.waitFor('piet.deboer@example.test', since)))();
    expect(mail.text).toContain('/uitnodiging?organisatie=demoland&token=');
  });
});

describe('break the glass, caseload and access log', () => {
  it('a coach of another team gets 404, must give a reason of some length, then opens it; the resident reads the reason', async () => {
    const daan = await as('daan');
    expect((await daan.get(url('jan-support'))).statusCode).toBe(404);
    expect((await daan.post(url('jan-support', '/break-glass'), { reason: 'kort' })).json().errors[0].field).toBe('reason');
    expect((await (await as('jan')).post(url('jan-support', '/break-glass'), { reason: 'Ik wil het zien, echt waar' })).statusCode).toBe(404);
    const grant = await daan.post(url('jan-support', '/break-glass'), { reason: 'Melding crisisdienst: vader van Emma bij Jan' });
    expect(grant.statusCode).toBe(201);
    expect((await daan.get(url('jan-support'))).statusCode).toBe(200);
    const log = (await (await as('jan')).get(url('jan-support', '/access-log'))).json();
    const entry = log.items.find((e: { objectType: string }) => e.objectType === 'breakGlass');
    expect(entry).toMatchObject({ actor: { firstName: 'Daan' }, organisation: 'Wijkteams Demoland', reason: 'Melding crisisdienst: vader van Emma bij Jan' });
    expect(JSON.stringify(log)).not.toMatch(/127\.0\.0\.1|clientIp|userAgent/);
    expect((await (await as('kees')).get(url('jan-support', '/access-log'))).statusCode).toBe(404);
  });

  it('caseload: team scope, search by name, date of birth and file number; residents may not; tenant scope needs a term', async () => {
    const sanne = await as('sanne');
    const team = (await sanne.get('/api/caseload?scope=team')).json();
    expect(team.items.map((i: { fileNumber: string }) => i.fileNumber).sort()).toEqual(['WT-2026-0101', 'WT-2026-0188']);
    expect((await sanne.get('/api/caseload?scope=team&q=Boer')).json().items.map((i: { fileNumber: string }) => i.fileNumber)).toEqual(['WT-2026-0101']);
    expect((await sanne.get('/api/caseload?scope=team&q=14-03-1958')).json().total).toBe(1);
    expect((await sanne.get('/api/caseload?scope=team&status=all&q=WT-2025')).json().items[0].fileNumber).toBe('WT-2025-0877');
    expect((await sanne.get('/api/caseload?scope=tenant')).json().errors[0].field).toBe('q');
    const outside = (await sanne.get('/api/caseload?scope=tenant&q=Emma')).json();
    expect(outside.items[0]).toMatchObject({ fileNumber: 'WTJ-2026-0042', reachable: false });
    expect((await (await as('jan')).get('/api/caseload')).statusCode).toBe(403);
  });
});

describe('opening and closing dossiers', () => {
  it('a coach opens a dossier only in their own team, with a valid BSN, then closes it with a reason', async () => {
    const sanne = await as('sanne');
    const teams = (await sanne.get('/api/me/teams')).json().items;
    expect(teams).toEqual([expect.objectContaining({ name: 'WT Volwassenen', canOpenDossier: true })]);
    const [jeugd] = await inTenant(t.database.owner, demo.tenantId, (tx) => queryRows<{ id: string }>(tx, sql`select id from team where name = 'WT Jeugd'`));
    const newResident = { firstName: 'Sara', surname: 'Kaya', dateOfBirth: '1990-01-01' };
    expect((await sanne.post('/api/dossiers', { teamId: jeugd!.id, registeredOn: today(), newResident })).statusCode).toBe(403);
    const badBsn = await sanne.post('/api/dossiers', { teamId: teams[0].id, registeredOn: today(), newResident: { ...newResident, bsn: '123456789' } });
    expect(badBsn.json().errors[0].field).toBe('newResident.bsn');
    const opened = await sanne.post('/api/dossiers', { teamId: teams[0].id, registeredOn: today(), newResident });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().id;
    const page = (await sanne.get(`/api/dossiers/${id}`)).json();
    expect(page.professionals[0].firstName).toBe('Sanne');
    const unknownReason = await sanne.post(`/api/dossiers/${id}/close`, { version: page.version, closedOn: today(), closingReason: 'bored' });
    expect(unknownReason.json().errors[0].field).toBe('closingReason');
    const closed = await sanne.post(`/api/dossiers/${id}/close`, { version: page.version, closedOn: today(), closingReason: 'goalsMet' });
    expect(closed.statusCode).toBe(200);
    const after = (await sanne.get(`/api/dossiers/${id}`)).json();
    expect(after).toMatchObject({ closedOn: today(), closingReason: 'Doelen behaald', can: { addJournalEntry: false } });
  });
});

describe('inviting the resident', () => {
  it('only the dossier’s professionals invite; a resident who can already sign in is refused at the field; the link is mailed', async () => {
    const sanne = await as('sanne');
    expect((await (await as('karin')).post(url('emma-youth', '/invite-resident'), { email: 'emma2@example.test' })).statusCode).toBe(403);
    expect((await sanne.get(url('jan-support'))).json().residentAccount).toBe('active');
    expect((await (await as('jan')).get(url('jan-support'))).json().residentAccount).toBeUndefined();
    expect((await sanne.post(url('jan-support', '/invite-resident'), { email: 'jan2@example.test' })).json().errors[0]).toMatchObject({ field: 'email', code: 'taken' });
    const teams = (await sanne.get('/api/me/teams')).json().items;
    const opened = (await sanne.post('/api/dossiers', { teamId: teams[0].id, registeredOn: today(), newResident: { firstName: 'Bo', surname: 'Vos' } })).json();
    expect((await sanne.get(`/api/dossiers/${opened.id}`)).json().residentAccount).toBe('none');
    await t.deliverMail();
    const since = t.mail.mails.length;
    expect((await sanne.post(`/api/dossiers/${opened.id}/invite-resident`, { email: 'bo.vos@example.test' })).statusCode).toBe(201);
    await t.deliverMail();
    expect((await t.mail.waitFor('bo.vos@example.test', since)).text).toContain('/uitnodiging?organisatie=demoland&token=');
    expect((await sanne.get(`/api/dossiers/${opened.id}`)).json().residentAccount).toBe('invited');
  });
});

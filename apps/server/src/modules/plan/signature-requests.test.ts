import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { useDemoTenants } from '../../test-support/demo-tenants.js';

const env = useDemoTenants();
const { as, count } = env;

const HIDDEN_GOAL = 'Een eigen plek om tot rust te komen';
const person = (key: string) => env.demo.people.get(key)!;

async function emmaPlan(): Promise<string> {
  const response = await (await as('daan')).get(`/api/dossiers/${env.demo.dossiers.get('emma-youth')}/plans`);
  return response.json().items.find((p: { title: string }) => p.title === 'Jeugdplan Emma').id;
}

describe('asking someone to sign a plan', () => {
  it('answers 404 to another tenant’s coach and to a coach without the plan, and asks nobody', async () => {
    const plan = await emmaPlan();
    const before = await count('plan_signature_request');
    const body = { personIds: [person('emma')], kind: 'approved' };
    expect((await (await as('daan', env.elders)).post(`/api/plans/${plan}/signature-requests`, body)).statusCode).toBe(404);
    expect((await (await as('sanne')).post(`/api/plans/${plan}/signature-requests`, body)).statusCode).toBe(404);
    expect((await (await as('sanne')).get(`/api/plans/${plan}/signature-requests`)).statusCode).toBe(404);
    expect(await count('plan_signature_request')).toBe(before);
  });

  it('may not be done by the resident, the guardian or a provider who only views the plan (403), and asks nobody', async () => {
    const plan = await emmaPlan();
    const before = await count('plan_signature_request');
    for (const key of ['emma', 'karin', 'noor']) {
      const response = await (await as(key)).post(`/api/plans/${plan}/signature-requests`, { personIds: [person('emma')], kind: 'approved' });
      expect(response.statusCode, key).toBe(403);
    }
    expect(await count('plan_signature_request')).toBe(before);
  });

  it('refuses a person who is not linked with portal access, naming the field, and queues no mail', async () => {
    const plan = await emmaPlan();
    const daan = await as('daan');
    const before = { requests: await count('plan_signature_request'), mails: await count('outbound_mail') };
    const stranger = await daan.post(`/api/plans/${plan}/signature-requests`, { personIds: [person('emma'), person('ria')], kind: 'approved' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors).toEqual([expect.objectContaining({ field: 'personIds.1' })]);
    const empty = await daan.post(`/api/plans/${plan}/signature-requests`, { personIds: [], kind: 'approved' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([expect.objectContaining({ field: 'personIds' })]);
    const wrongKind = await daan.post(`/api/plans/${plan}/signature-requests`, { personIds: [person('emma')], kind: 'later' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect({ requests: await count('plan_signature_request'), mails: await count('outbound_mail') }).toEqual(before);
  });

  it('mails Emma and Karin a notice with their first name and a link, and nothing of the plan — not the hidden goal', async () => {
    const plan = await emmaPlan();
    const daan = await as('daan');
    const list = (await daan.get(`/api/plans/${plan}/signature-requests`)).json();
    expect(list.candidates.map((c: { personId: string }) => c.personId).sort()).toEqual([person('emma'), person('karin')].sort());
    const since = env.t.mail.mails.length;
    const response = await daan.post(`/api/plans/${plan}/signature-requests`, { personIds: [person('emma'), person('karin')], kind: 'approved' });
    expect(response.statusCode).toBe(201);
    await env.t.deliverMail();
    const mails = env.t.mail.mails.slice(since).filter((m) => m.subject === 'Wilt u een plan ondertekenen?');
    expect(mails).toHaveLength(2);
    expect(mails.map((m) => m.text.split('\n')[0]).sort()).toEqual(['Beste Emma,', 'Beste Karin,']);
    for (const mail of mails) {
      expect(mail.text).toContain(`/plannen/${plan}`);
      for (const secret of [HIDDEN_GOAL, 'Jeugdplan', 'Emma Jansen', 'Daan']) {
        expect(mail.text).not.toContain(secret);
        expect(mail.html).not.toContain(secret);
        expect(mail.subject).not.toContain(secret);
      }
    }
  });

  it('shows Emma only her own open request until she signs, and the coach sees it answered', async () => {
    const plan = await emmaPlan();
    const emma = await as('emma');
    const mine = (await emma.get(`/api/plans/${plan}/signature-requests`)).json();
    expect(mine.candidates).toEqual([]);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((r: { personId: string }) => r.personId === person('emma'))).toBe(true);
    expect(mine.items[0]).toMatchObject({ kind: 'approved', open: true, requestedBy: expect.stringContaining('Daan') });
    expect(JSON.stringify(mine)).not.toContain(HIDDEN_GOAL);

    expect((await emma.post(`/api/plans/${plan}/signatures`, { kind: 'approved' })).statusCode).toBe(201);
    const after = (await emma.get(`/api/plans/${plan}/signature-requests`)).json();
    expect(after.items[0]).toMatchObject({ open: false });
    const coach = (await (await as('daan')).get(`/api/plans/${plan}/signature-requests`)).json();
    const byPerson = Object.fromEntries(coach.items.map((r: { personId: string; open: boolean }) => [r.personId, r.open]));
    expect(byPerson).toEqual({ [person('emma')]: false, [person('karin')]: true });
  });

  it('a caseload search for a goal’s title finds no dossier: plans are not searched by their content', async () => {
    const daan = await as('daan');
    const byName = (await daan.get(`/api/caseload?q=${encodeURIComponent('Emma')}`)).json();
    expect(byName.items.length).toBeGreaterThan(0);
    const byGoal = await daan.get(`/api/caseload?q=${encodeURIComponent(HIDDEN_GOAL)}`);
    expect(byGoal.statusCode).toBe(200);
    expect(byGoal.json().items).toEqual([]);
    expect(byGoal.body).not.toContain(HIDDEN_GOAL);
  });

  it('is in the audit log as a request per person for Emma’s file, without names', async () => {
    const entries = await inTenant(env.t.database.owner, env.demo.tenantId, (tx) =>
      queryRows<{ resident_id: string; details: Record<string, unknown> }>(tx, sql`select resident_id, details from audit_event where object_type = 'planSignatureRequest' and action = 'create'`),
    );
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.resident_id === person('emma'))).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/Emma|Karin|Daan/);
  });
});

describe('the signature notice is in the language of the person asked', () => {
  it('Karin chose English: Daan, working in Dutch, asks her and the notice is in English', async () => {
    const plan = await emmaPlan();
    const karin = await as('karin');
    expect((await karin.put('/api/me/language', { language: 'en' })).statusCode).toBe(204);
    const daan = await as('daan');
    const since = env.t.mail.mails.length;
    expect((await daan.post(`/api/plans/${plan}/signature-requests`, { personIds: [person('karin')], kind: 'approved' })).statusCode).toBe(201);
    await env.t.deliverMail();
    const mail = await env.t.mail.waitFor('karin.smit@demoland.example', since);
    expect(mail.subject).toBe('Would you sign a plan?');
    expect(mail.text.split('\n')[0]).toBe('Dear Karin,');
    expect(mail.text).not.toContain(HIDDEN_GOAL);
  });
});

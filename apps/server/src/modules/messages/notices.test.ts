import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { apiAs } from '../../test-support/api.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';

/**
 * The notices a message causes: in the recipient's language (never the sender's), and for a relative at level
 * *informed* (no login) a different notice that carries only their first name and how to reach the team.
 */
let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
type Api = ReturnType<typeof apiAs>;
const as: Record<string, Api> = {};

const dossier = (key: string) => demo.dossiers.get(key)!;
const person = (key: string) => demo.people.get(key)!;
const henkMail = 'henk.deboer@demoland.example';
const secret = { subject: 'Verhuizing naar Zonnehof', body: 'De sleutel ligt bij de buren, vraag naar mevrouw Pietersen.' };
const counts = async () =>
  inTenant(t.database.owner, demo.tenantId, async (tx) =>
    (await queryRows<{ threads: number; mails: number }>(tx, sql`select (select count(*) from message_thread)::int as threads, (select count(*) from outbound_mail)::int as mails`))[0]!,
  );
const recipients = async (who: string, key: string) => (await as[who]!.get(`/api/dossiers/${dossier(key)}/message-recipients`)).json().items as Array<Record<string, unknown>>;
const start = (who: string, key: string, recipientPersonId: string, text = secret) =>
  as[who]!.post(`/api/dossiers/${dossier(key)}/messages`, { recipientPersonId, subject: text.subject, body: text.body });
const relativeOf = async (key: string, firstName: string) =>
  (await as['sanne']!.get(`/api/dossiers/${dossier(key)}`)).json().relatives.find((r: { firstName: string }) => r.firstName === firstName) as {
    personId: string;
    version: number;
    level: string;
    relation: string;
    language: string;
  };

/** Delivers the outbox and returns the mails sent since `since`. */
async function mailsSince(since: number) {
  await t.deliverMail();
  return t.mail.mails.slice(since);
}

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  for (const key of ['jan', 'ria', 'sanne', 'lotte']) as[key] = apiAs(t, await demo.signIn(key));
  as['elders-sanne'] = apiAs(t, await other.signIn('sanne'));
  await t.deliverMail();
});
afterAll(() => t.close());

describe('an informed relative as recipient: who may address whom (negative cases first)', () => {
  it('the resident cannot address Henk (informed), and Ria (may view) cannot start at all; nothing is stored or mailed', async () => {
    const before = await counts();
    expect((await recipients('jan', 'jan-support')).map((r) => r['firstName'])).toEqual(['Sanne']);
    const jan = await start('jan', 'jan-support', person('henk'));
    expect(jan.statusCode).toBe(400);
    expect(jan.json().errors.map((e: { field: string }) => e.field)).toEqual(['recipientPersonId']);
    expect((await start('ria', 'jan-support', person('henk'))).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('an informed relative without an e-mail address, and one at level none, are not offered and are refused', async () => {
    const url = `/api/dossiers/${dossier('jan-support')}/relatives`;
    const noEmail = await as['sanne']!.post(url, { firstName: 'Bram', surname: 'Boer', relation: 'Kleinzoon', level: 'informed' });
    const none = await as['sanne']!.post(url, { firstName: 'Els', surname: 'Boer', email: 'els.boer@example.nl', relation: 'Zus', level: 'none' });
    expect([noEmail.statusCode, none.statusCode]).toEqual([201, 201]);
    const offered = (await recipients('sanne', 'jan-support')).map((r) => r['firstName']);
    expect(offered).not.toContain('Bram');
    expect(offered).not.toContain('Els');
    const before = await counts();
    for (const id of [noEmail.json().personId, none.json().personId]) {
      const refused = await start('sanne', 'jan-support', id);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['recipientPersonId']);
    }
    expect(await counts()).toEqual(before);
  });

  it('another tenant’s coach cannot address Henk: not in her own dossier (400), not in his (404)', async () => {
    const before = await counts();
    const own = await as['elders-sanne']!.post(`/api/dossiers/${other.dossiers.get('jan-support')}/messages`, { recipientPersonId: person('henk'), ...secret });
    expect(own.statusCode).toBe(400);
    expect((await as['elders-sanne']!.post(`/api/dossiers/${dossier('jan-support')}/messages`, { recipientPersonId: person('henk'), ...secret })).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('a professional of the dossier is offered Henk, marked as getting only a notice', async () => {
    const henk = (await recipients('sanne', 'jan-support')).find((r) => r['firstName'] === 'Henk');
    expect(henk).toEqual({ personId: person('henk'), firstName: 'Henk', infix: 'de', surname: 'Boer', role: 'relative', description: 'Zoon', noticeOnly: true });
    expect((await recipients('sanne', 'jan-support')).find((r) => r['firstName'] === 'Jan')).toMatchObject({ role: 'resident', noticeOnly: false });
    expect((await recipients('lotte', 'jan-support')).map((r) => r['firstName'])).toContain('Henk');
  });
});

describe('the informed notice', () => {
  let threadId: string;

  it('Henk gets his first name, that the team has a message and its phone number — no subject, text, sender, resident or link', async () => {
    const since = t.mail.mails.length;
    const started = await start('sanne', 'jan-support', person('henk'));
    expect(started.statusCode).toBe(201);
    threadId = started.json().id;
    const mails = await mailsSince(since);
    expect(mails.map((m) => m.to)).toEqual([henkMail]);
    const mail = mails[0]!;
    expect(mail.subject).toBe('Het team heeft een bericht voor u');
    expect(mail.text).toContain('Beste Henk,');
    expect(mail.text).toContain('WT Volwassenen');
    expect(mail.text).toContain('0123 456 700');
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/Zonnehof|sleutel|Pietersen|Verhuizing/);
      expect(part).not.toMatch(/Sanne|Vries|Jan\b|Boer|http/);
    }
    const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ template: string; language: string }>(tx, sql`select template, language from outbound_mail where recipient = ${henkMail} order by created_at desc limit 1`),
    );
    expect(row).toEqual({ template: 'informed-message', language: 'nl' });
  });

  it('the conversation stays on the professional’s side: Sanne reads and answers it, her colleague Lotte does not see it', async () => {
    const thread = await as['sanne']!.get(`/api/messages/${threadId}`);
    expect(thread.statusCode).toBe(200);
    expect(thread.json().participants.map((p: { firstName: string }) => p.firstName).sort()).toEqual(['Henk', 'Sanne']);
    expect(thread.json().policies).toEqual(['read', 'reply']);
    expect((await as['lotte']!.get(`/api/messages/${threadId}`)).statusCode).toBe(404);
    expect((await as['jan']!.get(`/api/messages/${threadId}`)).statusCode).toBe(404);
    expect((await as['ria']!.get(`/api/messages/${threadId}`)).statusCode).toBe(404);
    const since = t.mail.mails.length;
    expect((await as['sanne']!.post(`/api/messages/${threadId}/replies`, { body: 'Nog een vraag over de sleutel.' })).statusCode).toBe(201);
    const mails = await mailsSince(since);
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[henkMail, 'Het team heeft een bericht voor u']]);
  });
});

describe('notices in the recipient’s language, while the sender works in Dutch', () => {
  it('a bad language for a relative is named and changes nothing; a resident cannot set a relative’s language', async () => {
    const henk = await relativeOf('jan-support', 'Henk');
    const url = `/api/dossiers/${dossier('jan-support')}/relatives/${henk.personId}`;
    const bad = await as['sanne']!.put(url, { version: henk.version, relation: henk.relation, level: henk.level, actsOnBehalf: false, language: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    const jan = await as['jan']!.put(url, { version: henk.version, relation: henk.relation, level: henk.level, actsOnBehalf: false, language: 'en' });
    expect(jan.statusCode).toBe(403);
    const addBad = await as['sanne']!.post(`/api/dossiers/${dossier('jan-support')}/relatives`, { firstName: 'Piet', surname: 'Boer', relation: 'Broer', level: 'informed', email: 'piet@example.nl', language: 'de' });
    expect(addBad.json().errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    const after = await relativeOf('jan-support', 'Henk');
    expect(after).toMatchObject({ version: henk.version, language: 'nl' });
    expect(await relativeOf('jan-support', 'Piet')).toBeUndefined();
  });

  it('Henk set to English by the coach gets the informed notice in English', async () => {
    const henk = await relativeOf('jan-support', 'Henk');
    const url = `/api/dossiers/${dossier('jan-support')}/relatives/${henk.personId}`;
    const changed = await as['sanne']!.put(url, { version: henk.version, relation: henk.relation, level: henk.level, actsOnBehalf: false, language: 'en' });
    expect(changed.statusCode).toBe(200);
    expect((await relativeOf('jan-support', 'Henk')).language).toBe('en');
    const since = t.mail.mails.length;
    expect((await start('sanne', 'jan-support', person('henk'))).statusCode).toBe(201);
    const [mail] = await mailsSince(since);
    expect(mail!.subject).toBe('The team has a message for you');
    expect(mail!.text).toContain('Dear Henk,');
    expect(mail!.text).toContain('Call Wijkteams Demoland: 0123 456 700.');
    expect(mail!.text).not.toMatch(/Zonnehof|sleutel|Sanne|Jan\b/);
  });

  it('a relative added in English gets the informed notice in English from the start', async () => {
    const added = await as['sanne']!.post(`/api/dossiers/${dossier('jan-support')}/relatives`, { firstName: 'Tom', surname: 'Boer', relation: 'Kleinzoon', level: 'informed', email: 'tom.boer@example.nl', language: 'en' });
    expect(added.statusCode).toBe(201);
    const since = t.mail.mails.length;
    expect((await start('sanne', 'jan-support', added.json().personId)).statusCode).toBe(201);
    const [mail] = await mailsSince(since);
    expect([mail!.to, mail!.subject]).toEqual(['tom.boer@example.nl', 'The team has a message for you']);
  });

  it('Jan chose English: Sanne’s Dutch message reaches him with an English notice; his reply reaches Sanne in Dutch', async () => {
    expect((await as['jan']!.put('/api/me/language', { language: 'en' })).statusCode).toBe(204);
    const since = t.mail.mails.length;
    const started = await start('sanne', 'jan-support', person('jan'), { subject: 'Afspraak', body: 'Zullen we dinsdag bellen?' });
    expect(started.statusCode).toBe(201);
    const [toJan] = await mailsSince(since);
    expect([toJan!.to, toJan!.subject]).toEqual(['jan.deboer@demoland.example', 'You have a new message']);
    expect(toJan!.text).toContain('Dear Jan,');
    expect(toJan!.html).toContain('<html lang="en">');
    const next = t.mail.mails.length;
    expect((await as['jan']!.post(`/api/messages/${started.json().id}/replies`, { body: 'Yes, Tuesday is fine.' })).statusCode).toBe(201);
    const [toSanne] = await mailsSince(next);
    expect([toSanne!.to, toSanne!.subject]).toEqual(['sanne.devries@wijkteam.demoland.example', 'U heeft een nieuw bericht']);
    expect((await as['jan']!.put('/api/me/language', { language: 'nl' })).statusCode).toBe(204);
  });
});

describe('when Henk is no longer informed', () => {
  it('at level none a reply in his thread mails nobody; the thread stays with Sanne', async () => {
    const henk = await relativeOf('jan-support', 'Henk');
    const url = `/api/dossiers/${dossier('jan-support')}/relatives/${henk.personId}`;
    expect((await as['sanne']!.put(url, { version: henk.version, relation: henk.relation, level: 'none', actsOnBehalf: false })).statusCode).toBe(200);
    expect((await recipients('sanne', 'jan-support')).map((r) => r['firstName'])).not.toContain('Henk');
    const threads = (await as['sanne']!.get(`/api/dossiers/${dossier('jan-support')}/messages`)).json().items as Array<{ id: string; counterpart: { firstName: string } }>;
    const withHenk = threads.find((th) => th.counterpart.firstName === 'Henk')!;
    await t.deliverMail();
    expect((await as['sanne']!.post(`/api/messages/${withHenk.id}/replies`, { body: 'Laatste bericht.' })).statusCode).toBe(201);
    expect(await t.deliverMail()).toBe(0);
  });
});

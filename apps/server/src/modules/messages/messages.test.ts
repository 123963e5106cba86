import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../../db/schema/index.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
const as: Record<string, SignedIn> = {};

const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: as[who]!.headers });
const post = (who: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: as[who]!.headers, payload });
const dossier = (key: string) => demo.dossiers.get(key)!;
const person = (key: string) => demo.people.get(key)!;
const rows = <T>(statement: ReturnType<typeof sql>) => inTenant(t.database.owner, demo.tenantId, (tx) => queryRows<T>(tx, statement));
const counts = async () => (await rows<{ threads: number; messages: number }>(sql`select (select count(*) from message_thread)::int as threads, (select count(*) from message)::int as messages`))[0]!;
const unread = async (who: string) => (await get(who, '/api/messages/unread-count')).json().unread as number;

async function addDocument(key: string, visibleToResident: boolean, by: string) {
  return inTenant(t.database.owner, demo.tenantId, async (tx) => {
    const [row] = await tx
      .insert(documents)
      .values({ tenantId: demo.tenantId, dossierId: dossier(key), description: 'Brief', fileName: `brief-${key}.pdf`, mediaType: 'application/pdf', sizeBytes: 10, category: 'other', visibleToResident, addedByPersonId: person(by) })
      .returning({ id: documents.id });
    return row!.id;
  });
}

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  for (const key of ['jan', 'karin', 'sanne', 'daan']) as[key] = await demo.signIn(key);
  await t.deliverMail();
});
afterAll(() => t.close());

describe('starting a conversation: bad input changes nothing', () => {
  const url = () => `/api/dossiers/${dossier('jan-support')}/messages`;

  it('an empty subject is named, and nothing is stored', async () => {
    const before = await counts();
    const response = await post('jan', url(), { recipientPersonId: person('sanne'), subject: '   ', body: 'Hallo' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'subject', code: 'tooShort', message: 'Vul een onderwerp in.' }]);
    expect(await counts()).toEqual(before);
  });

  it('a recipient outside the list (Lotte, Ria, an unknown id) is named as recipientPersonId', async () => {
    const before = await counts();
    for (const recipientPersonId of [person('lotte'), person('ria'), person('emma'), crypto.randomUUID()]) {
      const response = await post('jan', url(), { recipientPersonId, subject: 'Vraag', body: 'Hallo' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['recipientPersonId']);
    }
    expect(await counts()).toEqual(before);
  });

  it('too long a text, an unknown field and a missing recipient are named', async () => {
    const long = await post('jan', url(), { recipientPersonId: person('sanne'), subject: 'Vraag', body: 'x'.repeat(5001) });
    expect(long.json().errors.map((e: { field: string }) => e.field)).toEqual(['body']);
    const extra = await post('jan', url(), { recipientPersonId: person('sanne'), subject: 'Vraag', body: 'Hallo', senderPersonId: person('sanne') });
    expect(extra.json().errors.map((e: { field: string }) => e.field)).toEqual(['senderPersonId']);
    const missing = await post('jan', url(), { subject: 'Vraag', body: 'Hallo' });
    expect(missing.json().errors).toEqual([{ field: 'recipientPersonId', code: 'required', message: 'Kies aan wie u schrijft.' }]);
  });

  it('an attachment must be a document of this dossier that the sender may read and the resident may see', async () => {
    const before = await counts();
    const otherDossier = await addDocument('emma-youth', true, 'daan');
    const internal = await addDocument('jan-support', false, 'sanne');
    for (const attachmentDocumentId of [otherDossier, internal, crypto.randomUUID()]) {
      const response = await post('jan', url(), { recipientPersonId: person('sanne'), subject: 'Vraag', body: 'Hallo', attachmentDocumentId });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['attachmentDocumentId']);
    }
    // Sanne may read the internal document, but Jan may not: she cannot hand it to him in a message either.
    const sanne = await post('sanne', url(), { recipientPersonId: person('jan'), subject: 'Brief', body: 'Zie bijlage', attachmentDocumentId: internal });
    expect(sanne.json().errors.map((e: { field: string }) => e.field)).toEqual(['attachmentDocumentId']);
    expect(await counts()).toEqual(before);
  });
});

describe('Jan and Sanne write to each other', () => {
  let threadId: string;
  const subject = 'Vraag over de huurtoeslag';
  const body = 'Beste Sanne, ik heb een brief van de Belastingdienst gekregen. Kunt u meekijken?';

  it('Jan’s list shows the demo conversations with two unread, newest first, without any text', async () => {
    expect(await unread('jan')).toBe(2);
    const list = (await get('jan', '/api/messages')).json();
    expect(list.unreadCount).toBe(2);
    expect(list.total).toBe(3);
    expect(list.items.map((i: { subject: string; unread: boolean; lastDirection: string }) => [i.subject, i.unread, i.lastDirection])).toEqual([
      ['Hulp bij douchen', true, 'received'],
      ['Overzicht vaste lasten', true, 'received'],
      ['Afspraak met de huisarts', false, 'received'],
    ]);
    expect(list.items[0].counterpart).toEqual({ firstName: 'Sanne', infix: 'de', surname: 'Vries', organisation: 'Wijkteams Demoland' });
    expect(list.items[0]).not.toHaveProperty('body');
    expect(list.writableDossiers).toEqual([{ dossierId: dossier('jan-support'), fileNumber: 'WT-2026-0101', teamName: 'WT Volwassenen' }]);
    const paged = (await get('jan', '/api/messages?page=2&pageSize=2')).json();
    expect(paged.items.map((i: { subject: string }) => i.subject)).toEqual(['Afspraak met de huisarts']);
    expect(paged.total).toBe(3);
  });

  it('opening an unread conversation marks it read and logs the read for Jan’s dossier', async () => {
    const id = (await get('jan', '/api/messages')).json().items[0].id;
    const thread = await get('jan', `/api/messages/${id}`);
    expect(thread.statusCode).toBe(200);
    expect(thread.json()).toMatchObject({ subject: 'Hulp bij douchen', dossierId: dossier('jan-support'), policies: ['read', 'reply'] });
    expect(thread.json().messages).toEqual([
      expect.objectContaining({ direction: 'received', sender: expect.objectContaining({ firstName: 'Sanne' }), attachment: null, body: expect.stringContaining('douchen') }),
    ]);
    expect(await unread('jan')).toBe(1);
    const [audit] = await rows<{ resident_id: string; actor_person_id: string }>(
      sql`select resident_id, actor_person_id from audit_event where object_type = 'messageThread' and object_id = ${id} and action = 'read'`,
    );
    expect(audit).toEqual({ resident_id: person('jan'), actor_person_id: person('jan') });
  });

  it('Jan writes to Sanne: the body is stored encrypted, the dossier moves up, the audit log has the creation', async () => {
    const before = (await rows<{ at: Date }>(sql`select last_activity_at as at from dossier where id = ${dossier('jan-support')}::uuid`))[0]!.at;
    const response = await post('jan', `/api/dossiers/${dossier('jan-support')}/messages`, { recipientPersonId: person('sanne'), subject, body });
    expect(response.statusCode).toBe(201);
    threadId = response.json().id;
    const [stored] = await rows<{ body_encrypted: string }>(sql`select body_encrypted from message m where m.thread_id = ${threadId}::uuid`);
    expect(stored!.body_encrypted).not.toContain('Belastingdienst');
    expect(t.cipher.decrypt(stored!.body_encrypted)).toBe(body);
    const after = (await rows<{ at: Date }>(sql`select last_activity_at as at from dossier where id = ${dossier('jan-support')}::uuid`))[0]!.at;
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime());
    const audit = await rows<{ object_type: string; resident_id: string }>(
      sql`select object_type, resident_id from audit_event where action = 'create' and details->>'threadId' = ${threadId} or object_id = ${threadId} and action = 'create' order by seq`,
    );
    expect(audit).toEqual([
      { object_type: 'messageThread', resident_id: person('jan') },
      { object_type: 'message', resident_id: person('jan') },
    ]);
    const mine = (await get('jan', '/api/messages')).json();
    expect(mine.items[0]).toMatchObject({ id: threadId, subject, unread: false, lastDirection: 'sent' });
  });

  it('Sanne gets an e-mail that says only that there is a new message', async () => {
    const since = t.mail.mails.length;
    await t.deliverMail();
    const mail = await t.mail.waitFor('sanne.devries@wijkteam.demoland.example', since);
    expect(mail.subject).toBe('U heeft een nieuw bericht');
    expect(mail.text).toContain('Beste Sanne,');
    expect(mail.text).toContain(`/werk/berichten/${threadId}`);
    for (const secret of [subject, 'Belastingdienst', 'huurtoeslag', 'Jan', 'Boer']) {
      expect(mail.text).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
      expect(mail.subject).not.toContain(secret);
    }
  });

  it('Sanne sees it unread in her inbox and in the dossier’s inbox; her reply keeps the thread and Jan is told', async () => {
    expect(await unread('sanne')).toBe(1);
    const inbox = (await get('sanne', `/api/dossiers/${dossier('jan-support')}/messages`)).json();
    expect(inbox.policies).toEqual(['start']);
    expect(inbox.dossier).toEqual({ id: dossier('jan-support'), fileNumber: 'WT-2026-0101' });
    expect(inbox.items[0]).toMatchObject({ id: threadId, unread: true, lastDirection: 'received', counterpart: { firstName: 'Jan', surname: 'Boer', organisation: null } });
    const since = t.mail.mails.length;
    const before = await counts();
    const reply = await post('sanne', `/api/messages/${threadId}/replies`, { body: 'Dag Jan, stuur mij een foto van de brief.' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().threadId).toBe(threadId);
    expect(await unread('sanne')).toBe(0);
    const thread = (await get('jan', `/api/messages/${threadId}`)).json();
    expect(thread.messages.map((m: { direction: string; sender: { firstName: string } }) => [m.direction, m.sender.firstName])).toEqual([
      ['sent', 'Jan'],
      ['received', 'Sanne'],
    ]);
    expect(thread.participants.map((p: { firstName: string }) => p.firstName).sort()).toEqual(['Jan', 'Sanne']);
    await t.deliverMail();
    const mail = await t.mail.waitFor('jan.deboer@demoland.example', since);
    expect(mail.text).toContain(`/berichten/${threadId}`);
    expect(mail.text).not.toContain('foto');
    expect(await counts()).toEqual({ threads: before.threads, messages: before.messages + 1 });
  });

  it('an empty reply is named and stores nothing', async () => {
    const before = await counts();
    const response = await post('jan', `/api/messages/${threadId}/replies`, { body: '' });
    expect(response.json().errors).toEqual([{ field: 'body', code: 'tooShort', message: 'Vul een tekst in.' }]);
    expect(await counts()).toEqual(before);
  });

  it('an attachment visible to the resident travels with the message', async () => {
    const document = await addDocument('jan-support', true, 'jan');
    const response = await post('jan', `/api/messages/${threadId}/replies`, { body: 'Hier is de foto.', attachmentDocumentId: document });
    expect(response.statusCode).toBe(201);
    const thread = (await get('sanne', `/api/messages/${threadId}`)).json();
    expect(thread.messages.at(-1).attachment).toEqual({ documentId: document, fileName: 'brief-jan-support.pdf' });
  });
});

describe('a guardian writes for a minor', () => {
  it('Karin’s message to Daan is logged as on behalf of Emma, and Daan answers', async () => {
    const response = await post('karin', `/api/dossiers/${dossier('emma-youth')}/messages`, { recipientPersonId: person('daan'), subject: 'Schoolreis', body: 'Mag Emma mee op schoolreis?' });
    expect(response.statusCode).toBe(201);
    const id = response.json().id;
    const audit = await rows<{ object_type: string; actor_person_id: string; on_behalf_of_person_id: string; resident_id: string }>(
      sql`select object_type, actor_person_id, on_behalf_of_person_id, resident_id from audit_event where action = 'create' and (object_id = ${id} or details->>'threadId' = ${id}) order by seq`,
    );
    expect(audit).toHaveLength(2);
    for (const entry of audit) expect(entry).toMatchObject({ actor_person_id: person('karin'), on_behalf_of_person_id: person('emma'), resident_id: person('emma') });
    expect((await post('daan', `/api/messages/${id}/replies`, { body: 'Ja, dat mag.' })).statusCode).toBe(201);
    const list = (await get('karin', '/api/messages')).json();
    expect(list.items[0]).toMatchObject({ id, unread: true, lastDirection: 'received', counterpart: { firstName: 'Daan', organisation: 'Wijkteams Demoland' } });
  });
});

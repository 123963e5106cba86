import { sql } from 'drizzle-orm';
import { messages } from '../../../db/schema/index.js';
import { validation } from '../../../platform/errors.js';
import type { Tx } from '../../../platform/db/index.js';
import { accountAddresses, enqueueMail } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';
import type { DossierSubject } from '../../dossier/index.js';
import { documentPolicy } from '../../documents/index.js';
import { findAttachment, informedRelatives, personKinds, teamContact } from '../repository.js';

/**
 * An attachment must be a document of the same dossier that the sender may read. When it goes to the resident's
 * side it must also be marked visible to the resident: a message must not hand over an internal document.
 */
export async function checkAttachment(tx: Tx, ds: DossierSubject, documentId: string | undefined, recipientIds: readonly string[]) {
  if (!documentId) return null;
  const refuse = () => validation([{ field: 'attachmentDocumentId', code: 'invalid' }]);
  const document = await findAttachment(tx, documentId);
  if (!document || document.dossier_id !== ds.dossier.dossierId) throw refuse();
  const part = { tenantId: ds.tenantId, visibleToResident: document.visible_to_resident, addedByPersonId: document.added_by_person_id };
  if (!documentPolicy.can(ds, 'read', part)) throw refuse();
  const kinds = await personKinds(tx, recipientIds);
  if (!document.visible_to_resident && kinds.some((k) => k.kind !== 'professional')) throw refuse();
  return document.id;
}

/** Adds one message to a thread and moves the thread and the dossier to the top of their lists. */
export async function addMessage(
  tx: Tx,
  services: Services,
  input: { tenantId: string; threadId: string; dossierId: string; senderPersonId: string; body: string; attachmentDocumentId: string | null; now: Date },
) {
  const [row] = await tx
    .insert(messages)
    .values({
      tenantId: input.tenantId,
      threadId: input.threadId,
      senderPersonId: input.senderPersonId,
      bodyEncrypted: services.cipher.encrypt(input.body),
      attachmentDocumentId: input.attachmentDocumentId,
      sentAt: input.now,
    })
    .returning({ id: messages.id });
  const at = sql`${input.now.toISOString()}::timestamptz`;
  await tx.execute(sql`update message_thread set last_message_at = ${at} where id = ${input.threadId}::uuid`);
  await tx.execute(sql`update message_participant set last_read_at = ${at} where thread_id = ${input.threadId}::uuid and person_id = ${input.senderPersonId}::uuid`);
  await tx.execute(sql`update dossier set last_activity_at = greatest(last_activity_at, ${at}) where id = ${input.dossierId}::uuid`);
  return row!.id;
}

/**
 * Queues the notices of a new message, each in the recipient's own language (never the sender's). A recipient who
 * can sign in gets "you have a new message" with their first name and a link; a relative at level *informed* cannot,
 * and gets only their first name, that the team has a message for them and how to reach the team. Neither holds the
 * subject, the text, the sender or the resident.
 */
export async function notifyRecipients(
  tx: Tx,
  services: Services,
  input: { tenantId: string; threadId: string; dossierId: string; recipientIds: readonly string[]; now: Date },
) {
  const informed = await informedRelatives(tx, input.dossierId, input.recipientIds);
  const informedIds = new Set(informed.map((person) => person.person_id));
  const signingIn = input.recipientIds.filter((id) => !informedIds.has(id));
  for (const person of await accountAddresses(tx, signingIn)) {
    const path = person.kind === 'professional' ? `/werk/berichten/${input.threadId}` : `/berichten/${input.threadId}`;
    await enqueueMail(tx, {
      tenantId: input.tenantId,
      to: person.email,
      language: person.language,
      template: 'new-message',
      params: { firstName: person.first_name, link: `${services.config.publicUrl}${path}` },
      now: input.now,
    });
  }
  if (informed.length === 0) return;
  const contact = await teamContact(tx, input.dossierId);
  for (const person of informed) {
    await enqueueMail(tx, {
      tenantId: input.tenantId,
      to: person.email,
      language: person.language,
      template: 'informed-message',
      params: { firstName: person.first_name, team: contact.team, organisation: contact.organisation, ...(contact.phone ? { phone: contact.phone } : {}) },
      now: input.now,
    });
  }
}

import type { FieldCipher } from '../../platform/crypto.js';
import type { DossierSubject } from '../dossier/index.js';
import { documentPolicy } from '../documents/index.js';
import { threadPolicy } from './policy.js';
import type { MessageRow, PersonRow, RecipientRow, ThreadRow, ThreadSummaryRow, WritableDossierRow } from './repository.js';

const iso = (value: Date | string) => new Date(value).toISOString();

/** Allow-list of a thread in a list: never the body, only who, what about, when and whether it is new. */
export function presentThreadSummary(row: ThreadSummaryRow) {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    dossierFileNumber: row.file_number,
    subject: row.subject,
    lastMessageAt: iso(row.last_message_at),
    unread: row.unread,
    counterpart: { firstName: row.first_name ?? '', infix: row.infix, surname: row.surname ?? '', organisation: row.organisation },
    lastDirection: row.last_sent ? ('sent' as const) : ('received' as const),
  };
}

export function presentWritableDossier(row: WritableDossierRow) {
  return { dossierId: row.id, fileNumber: row.file_number, teamName: row.team_name };
}

export function presentRecipient(row: RecipientRow) {
  return { personId: row.id, firstName: row.first_name, infix: row.infix, surname: row.surname, role: row.role, description: row.description, noticeOnly: row.notice_only };
}

const presentPerson = (row: PersonRow) => ({ personId: row.id, firstName: row.first_name, infix: row.infix, surname: row.surname, organisation: row.organisation });

/**
 * One thread for a participant, bodies decrypted. An attachment is shown only while its document exists and the
 * reader may read it under the documents policy (an internal document never reaches the resident's side this way).
 */
export function presentThread(ds: DossierSubject, thread: ThreadRow, participants: PersonRow[], messages: MessageRow[], cipher: FieldCipher) {
  const people = new Map(participants.map((p) => [p.id, presentPerson(p)]));
  const unknown = (personId: string) => ({ personId, firstName: '', infix: null, surname: '', organisation: null });
  return {
    id: thread.id,
    dossierId: thread.dossier_id,
    dossierFileNumber: thread.file_number,
    subject: thread.subject,
    participants: [...people.values()],
    messages: messages.map((m) => {
      const attachmentVisible =
        m.document_id !== null &&
        documentPolicy.can(ds, 'read', { tenantId: ds.tenantId, visibleToResident: m.visible_to_resident === true, addedByPersonId: m.added_by_person_id ?? '' });
      return {
        id: m.id,
        sender: people.get(m.sender_person_id) ?? unknown(m.sender_person_id),
        direction: m.sender_person_id === ds.personId ? ('sent' as const) : ('received' as const),
        body: cipher.decrypt(m.body_encrypted),
        sentAt: iso(m.sent_at),
        attachment: attachmentVisible ? { documentId: m.document_id!, fileName: m.file_name ?? '' } : null,
      };
    }),
    // Starting is about the dossier, not this thread: a thread carries only what one can do in it.
    policies: threadPolicy.permitted(ds, { tenantId: thread.tenant_id, participantIds: thread.participant_ids }).filter((action) => action !== 'start'),
  };
}

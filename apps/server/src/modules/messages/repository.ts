import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import { caseWorkers, hasRelation, type DossierSubject } from '../dossier/index.js';

/**
 * SQL of the messages module. Row-level security keeps every statement inside the tenant; `message_thread` is never
 * aliased because the policy's list condition names it.
 */

export interface ThreadSummaryRow extends Record<string, unknown> {
  id: string;
  dossier_id: string;
  resident_id: string;
  file_number: string;
  subject: string;
  last_message_at: Date | string;
  unread: boolean;
  last_sent: boolean | null;
  first_name: string | null;
  infix: string | null;
  surname: string | null;
  organisation: string | null;
  total: number | string;
}

const me = (personId: string) => sql`${personId}::uuid`;

/** A message from someone else after the participant `mp` last opened the thread. */
const unreadSql = (personId: string) =>
  sql`exists (select 1 from message m where m.thread_id = message_thread.id and m.sender_person_id <> ${me(personId)}
        and (mp.last_read_at is null or m.sent_at > mp.last_read_at))`;

const participantJoin = (personId: string) =>
  sql`message_thread join message_participant mp on mp.thread_id = message_thread.id and mp.person_id = ${me(personId)}
      join dossier d on d.id = message_thread.dossier_id`;

/**
 * Threads the person takes part in, where `scope` (over `d` and `message_thread`) holds; newest activity first. The
 * counterpart is the other participant (the first by name when more than two take part).
 */
export async function listThreads(tx: Tx, personId: string, scope: SQL, page: number, pageSize: number): Promise<ThreadSummaryRow[]> {
  return queryRows<ThreadSummaryRow>(
    tx,
    sql`select message_thread.id, message_thread.dossier_id, d.resident_id, d.file_number, message_thread.subject,
          message_thread.last_message_at, ${unreadSql(personId)} as unread,
          (select m.sender_person_id = ${me(personId)} from message m where m.thread_id = message_thread.id
            order by m.sent_at desc, m.created_at desc limit 1) as last_sent,
          cp.first_name, cp.infix, cp.surname, cp.organisation, count(*) over () as total
        from ${participantJoin(personId)}
        left join lateral (
          select p.first_name, p.infix, p.surname, o.name as organisation
          from message_participant op join person p on p.id = op.person_id left join organisation o on o.id = p.organisation_id
          where op.thread_id = message_thread.id and op.person_id <> ${me(personId)}
          order by p.surname, p.first_name limit 1
        ) cp on true
        where ${scope}
        order by message_thread.last_message_at desc, message_thread.id
        limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
}

/** How many of the person's threads (where `scope` holds) have a message from someone else they did not open yet. */
export async function countUnread(tx: Tx, personId: string, scope: SQL): Promise<number> {
  const [row] = await queryRows<{ unread: number | string }>(
    tx,
    sql`select count(*) as unread from ${participantJoin(personId)} where ${scope} and ${unreadSql(personId)}`,
  );
  return Number(row?.unread ?? 0);
}

export interface WritableDossierRow extends Record<string, unknown> {
  id: string;
  file_number: string;
  team_name: string;
}

/** Open dossiers where `reach` (over `d`) holds: where the caller may start a conversation. */
export async function listOpenDossiers(tx: Tx, reach: SQL): Promise<WritableDossierRow[]> {
  return queryRows<WritableDossierRow>(
    tx,
    sql`select d.id, d.file_number, tm.name as team_name from dossier d join team tm on tm.id = d.team_id
        where d.closed_on is null and ${reach} order by d.registered_on desc, d.id`,
  );
}

export async function dossierFileNumber(tx: Tx, dossierId: string): Promise<string> {
  const [row] = await queryRows<{ file_number: string }>(tx, sql`select file_number from dossier where id = ${dossierId}::uuid`);
  return row?.file_number ?? '';
}

export interface RecipientRow extends Record<string, unknown> {
  id: string;
  first_name: string;
  infix: string | null;
  surname: string;
  role: 'resident' | 'relative' | 'professional';
  description: string | null;
  notice_only: boolean;
}

const hasAccount = sql`exists (select 1 from account a where a.person_id = p.id and a.status <> 'deactivated')`;

/**
 * Whom the subject may write to in their dossier. The resident's side writes to the named professionals; a
 * professional also to the resident and relatives who may add, who sign in to read it, and to relatives at level
 * *informed* with an e-mail address: they cannot sign in and get only a notice that the team has a message for them.
 */
export async function listRecipients(tx: Tx, ds: DossierSubject): Promise<RecipientRow[]> {
  const dossierId = sql`${ds.dossier.dossierId}::uuid`;
  const parts: SQL[] = [
    sql`select p.id, p.first_name, p.infix, p.surname, 'professional' as role, o.name as description, false as notice_only, 0 as rank
        from dossier_professional dp join person p on p.id = dp.person_id left join organisation o on o.id = p.organisation_id
        where dp.dossier_id = ${dossierId} and p.id <> ${me(ds.personId)} and ${hasAccount}`,
  ];
  if (hasRelation(ds, caseWorkers)) {
    parts.push(
      sql`select p.id, p.first_name, p.infix, p.surname, 'resident' as role, null as description, false as notice_only, 1 as rank
          from dossier d join person p on p.id = d.resident_id where d.id = ${dossierId} and ${hasAccount}`,
      sql`select p.id, p.first_name, p.infix, p.surname, 'relative' as role, r.relation as description, false as notice_only, 2 as rank
          from dossier_relative r join person p on p.id = r.person_id
          where r.dossier_id = ${dossierId} and r.level = 'write' and ${hasAccount}`,
      sql`select p.id, p.first_name, p.infix, p.surname, 'relative' as role, r.relation as description, true as notice_only, 3 as rank
          from dossier_relative r join person p on p.id = r.person_id
          where r.dossier_id = ${dossierId} and r.level = 'informed' and p.email is not null`,
    );
  }
  return queryRows<RecipientRow>(tx, sql`select id, first_name, infix, surname, role, description, notice_only from (${sql.join(parts, sql` union all `)}) x
    order by rank, surname, first_name`);
}

export interface ThreadRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  dossier_id: string;
  file_number: string;
  subject: string;
  participant_ids: string[];
}

export async function findThread(tx: Tx, threadId: string): Promise<ThreadRow | null> {
  const [row] = await queryRows<ThreadRow>(
    tx,
    sql`select message_thread.id, message_thread.tenant_id, message_thread.dossier_id, d.file_number, message_thread.subject,
          array(select mp.person_id::text from message_participant mp where mp.thread_id = message_thread.id) as participant_ids
        from message_thread join dossier d on d.id = message_thread.dossier_id where message_thread.id = ${threadId}::uuid`,
  );
  return row ?? null;
}

export interface PersonRow extends Record<string, unknown> {
  id: string;
  first_name: string;
  infix: string | null;
  surname: string;
  organisation: string | null;
}

export async function listParticipants(tx: Tx, threadId: string): Promise<PersonRow[]> {
  return queryRows<PersonRow>(
    tx,
    sql`select p.id, p.first_name, p.infix, p.surname, o.name as organisation
        from message_participant mp join person p on p.id = mp.person_id left join organisation o on o.id = p.organisation_id
        where mp.thread_id = ${threadId}::uuid order by p.surname, p.first_name`,
  );
}

export interface MessageRow extends Record<string, unknown> {
  id: string;
  sender_person_id: string;
  body_encrypted: string;
  sent_at: Date | string;
  document_id: string | null;
  file_name: string | null;
  visible_to_resident: boolean | null;
  added_by_person_id: string | null;
}

/** The thread's messages, oldest first, with the attachment's document when it still exists. */
export async function listMessages(tx: Tx, threadId: string): Promise<MessageRow[]> {
  return queryRows<MessageRow>(
    tx,
    sql`select m.id, m.sender_person_id, m.body_encrypted, m.sent_at, doc.id as document_id, doc.file_name,
          doc.visible_to_resident, doc.added_by_person_id
        from message m left join document doc on doc.id = m.attachment_document_id and doc.removed_at is null
        where m.thread_id = ${threadId}::uuid order by m.sent_at, m.created_at`,
  );
}

export async function markRead(tx: Tx, threadId: string, personId: string, at: Date): Promise<void> {
  await tx.execute(
    sql`update message_participant set last_read_at = ${at.toISOString()}::timestamptz
        where thread_id = ${threadId}::uuid and person_id = ${me(personId)}`,
  );
}

export interface AttachmentRow extends Record<string, unknown> {
  id: string;
  dossier_id: string;
  visible_to_resident: boolean;
  added_by_person_id: string;
}

export async function findAttachment(tx: Tx, documentId: string): Promise<AttachmentRow | null> {
  const [row] = await queryRows<AttachmentRow>(
    tx,
    sql`select id, dossier_id, visible_to_resident, added_by_person_id from document where id = ${documentId}::uuid and removed_at is null`,
  );
  return row ?? null;
}

export interface InformedRow extends Record<string, unknown> {
  person_id: string;
  first_name: string;
  email: string;
  language: 'nl' | 'en';
}

/**
 * Which of these people are relatives at level *informed* of the dossier, with an e-mail address: they cannot read
 * the thread, so they get the informed notice instead of a link (also when they sign in elsewhere as a relative).
 */
export async function informedRelatives(tx: Tx, dossierId: string, personIds: readonly string[]): Promise<InformedRow[]> {
  if (personIds.length === 0) return [];
  return queryRows<InformedRow>(
    tx,
    sql`select p.id as person_id, p.first_name, p.email, p.language
        from dossier_relative r join person p on p.id = r.person_id
        where r.dossier_id = ${dossierId}::uuid and r.level = 'informed' and p.email is not null
          and p.id in (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
}

/** How the informed notice tells the relative to reach the team: the dossier's team and its organisation's phone. */
export async function teamContact(tx: Tx, dossierId: string): Promise<{ team: string; organisation: string; phone: string | null }> {
  const [row] = await queryRows<{ team: string; organisation: string; phone: string | null }>(
    tx,
    sql`select tm.name as team, o.name as organisation, o.phone from dossier d join team tm on tm.id = d.team_id
        join organisation o on o.id = tm.organisation_id where d.id = ${dossierId}::uuid`,
  );
  return row ?? { team: '', organisation: '', phone: null };
}

/** Kinds of people, to decide whether an attachment must be visible to the resident's side. */
export async function personKinds(tx: Tx, personIds: readonly string[]): Promise<Array<{ id: string; kind: string }>> {
  if (personIds.length === 0) return [];
  return queryRows<{ id: string; kind: string }>(
    tx,
    sql`select id, kind from person where id in (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
}

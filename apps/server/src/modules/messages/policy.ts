import { sql } from 'drizzle-orm';
import { definePolicy } from '../../platform/policy/index.js';
import { caseWorkers, residentSide, through, write, type DossierRelation, type DossierSubject, type Part } from '../dossier/index.js';

export interface ThreadPart extends Part {
  participantIds: readonly string[];
}

const participant = {
  when: (s: DossierSubject, t: ThreadPart) => t.participantIds.includes(s.personId),
  where: (s: DossierSubject) =>
    sql`exists (select 1 from message_participant mp where mp.thread_id = message_thread.id and mp.person_id = ${s.personId}::uuid)`,
};

/** Relations under which a participant reads their threads; the list across dossiers uses the same set in SQL. */
export const threadReaders: readonly DossierRelation[] = [...residentSide, 'relativeWrite', ...caseWorkers, 'relativeView'];
/** Relations that may write: start a conversation, reply, and be chosen as a recipient by the other side. */
export const threadWriters: readonly DossierRelation[] = [...residentSide, 'relativeWrite', ...caseWorkers];

/**
 * Messages are visible only to their participants (seed 000): not to the rest of the team, not to other relatives.
 * Starting a thread needs a relation to the dossier; replying needs to be in the thread. To authorize a start,
 * pass the thread about to be made (the caller as its participant): a reader who may not write then gets 403.
 */
export const threadPolicy = definePolicy<ThreadPart, 'read' | 'start' | 'reply', DossierSubject>('message', 'read', {
  read: [through(threadReaders, 'participants read their threads', participant)],
  start: [through(threadWriters, 'the resident, relatives who may add and professionals start a conversation', undefined, write)],
  reply: [through(threadWriters, 'participants reply', participant, write)],
});

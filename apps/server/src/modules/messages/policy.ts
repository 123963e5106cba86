import { sql } from 'drizzle-orm';
import { definePolicy } from '../../platform/policy/index.js';
import { caseWorkers, residentSide, through, write, type DossierSubject, type Part } from '../dossier/index.js';

export interface ThreadPart extends Part {
  participantIds: readonly string[];
}

const participant = {
  when: (s: DossierSubject, t: ThreadPart) => t.participantIds.includes(s.personId),
  where: (s: DossierSubject) =>
    sql`exists (select 1 from message_participant mp where mp.thread_id = message_thread.id and mp.person_id = ${s.personId}::uuid)`,
};

/**
 * Messages are visible only to their participants (seed 000): not to the rest of the team, not to other relatives.
 * Starting a thread needs a relation to the dossier; replying needs to be in the thread.
 */
export const threadPolicy = definePolicy<ThreadPart, 'read' | 'start' | 'reply', DossierSubject>('message', 'read', {
  read: [through([...residentSide, 'relativeWrite', ...caseWorkers, 'relativeView'], 'participants read their threads', participant)],
  start: [through([...residentSide, 'relativeWrite', ...caseWorkers], 'the resident, relatives who may add and professionals start a conversation', undefined, write)],
  reply: [through([...residentSide, 'relativeWrite', ...caseWorkers], 'participants reply', participant, write)],
});

import { sql } from 'drizzle-orm';
import { definePolicy } from '../../platform/policy/index.js';
import { caseWorkers, relativeReaders, residentSide, through, write, type DossierSubject, type Part } from '../dossier/index.js';

export interface DocumentPart extends Part {
  visibleToResident: boolean;
  addedByPersonId: string;
}

const clientVisible = {
  when: (_s: DossierSubject, d: DocumentPart) => d.visibleToResident,
  where: () => sql`document.visible_to_resident`,
};
const addedByMe = {
  when: (s: DossierSubject, d: DocumentPart) => d.addedByPersonId === s.personId,
  where: (s: DossierSubject) => sql`document.added_by_person_id = ${s.personId}::uuid`,
};

/**
 * Documents: the category *inzichtelijk voor cliënt* decides whether residents and relatives see one; internal
 * documents are for the dossier's professionals only. Lists assume the table is not aliased (`document`).
 */
export const documentPolicy = definePolicy<DocumentPart, 'read' | 'create' | 'delete', DossierSubject>('document', 'read', {
  read: [
    through(caseWorkers, 'professionals of the dossier see every document'),
    through([...residentSide, ...relativeReaders], 'residents and relatives see documents marked visible to the client', clientVisible),
  ],
  create: [through([...caseWorkers, ...residentSide, 'relativeWrite'], 'the resident, relatives who may add and professionals upload', undefined, write)],
  delete: [
    through(caseWorkers, 'professionals remove documents', undefined, write),
    through([...residentSide, 'relativeWrite'], 'a resident or relative removes what they uploaded themselves', addedByMe, write),
  ],
});

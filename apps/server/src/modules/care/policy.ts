import { sql } from 'drizzle-orm';
import { definePolicy } from '../../platform/policy/index.js';
import { caseWorkers, relativeReaders, residentSide, through, write, type DossierSubject, type Part } from '../dossier/index.js';

export interface CarePart extends Part {
  organisationId: string;
  visibleToResident: boolean;
}

const ofMyOrganisation = {
  when: (s: DossierSubject, part: CarePart) => part.organisationId === s.organisationId,
  where: (s: DossierSubject) => (s.organisationId ? sql`organisation_id = ${s.organisationId}::uuid` : sql`false`),
};
const clientVisible = {
  when: (_s: DossierSubject, part: CarePart) => part.visibleToResident,
  where: () => sql`visible_to_resident`,
};

/** Planned visits: provider staff plan them for referred dossiers; everyone who reads the dossier sees the planning. */
export const visitPolicy = definePolicy<CarePart, 'read' | 'create' | 'update' | 'delete', DossierSubject>('visit', 'read', {
  read: [through([...residentSide, ...relativeReaders, ...caseWorkers, 'provider'], 'the planning is shared with everyone who reads the dossier')],
  create: [through(['provider'], 'provider staff plan visits for dossiers referred to them', undefined, write)],
  update: [through(['provider'], 'provider staff change their own organisation’s visits', ofMyOrganisation, write)],
  delete: [through(['provider'], 'provider staff cancel their own organisation’s visits', ofMyOrganisation, write)],
});

/** Care reports (*rapportages*, ECD): written by provider staff; the resident sees those marked for them. */
export const careReportPolicy = definePolicy<CarePart, 'read' | 'create' | 'update' | 'delete', DossierSubject>('careReport', 'read', {
  read: [
    through([...caseWorkers, 'provider'], 'the dossier’s professionals and referred providers read care reports'),
    through([...residentSide, ...relativeReaders], 'residents and relatives read reports marked visible to the client', clientVisible),
  ],
  create: [through(['provider'], 'provider staff report on the care they deliver', undefined, write)],
  update: [],
  delete: [],
});

import { sql } from 'drizzle-orm';
import { definePolicy } from '../../platform/policy/index.js';
import { caseWorkers, relativeReaders, residentSide, through, write, type DossierSubject, type Part } from '../dossier/index.js';

export interface VisitPart extends Part {
  organisationId: string;
  kind: 'personalCare' | 'householdHelp' | 'nursing' | 'support';
  /** The resident lives at a residential location (resident_profile.residential_location). */
  residentialLocation: boolean;
}

export interface CareReportPart extends Part {
  organisationId: string;
  visibleToResident: boolean;
}

/** The kinds of care whose names and times a resident of a residential location does not see (seed 003). */
export const hiddenAtResidentialLocation: readonly VisitPart['kind'][] = ['personalCare', 'nursing'];

const ofMyOrganisation = {
  when: (s: DossierSubject, part: { organisationId: string }) => part.organisationId === s.organisationId,
  where: (s: DossierSubject) => (s.organisationId ? sql`organisation_id = ${s.organisationId}::uuid` : sql`false`),
};
const clientVisible = {
  when: (_s: DossierSubject, part: CareReportPart) => part.visibleToResident,
  where: () => sql`visible_to_resident`,
};
const notHiddenByLocation = {
  when: (_s: DossierSubject, part: VisitPart) => !(part.residentialLocation && hiddenAtResidentialLocation.includes(part.kind)),
  where: () => sql`not (residential_location and kind in ('personalCare', 'nursing'))`,
};

/**
 * Planned visits: provider staff plan them for referred dossiers; everyone who reads the dossier sees the planning.
 * `readDetails` is who comes and when: at a residential location the resident's side does not see it for personal
 * care and nursing, because the home's own team is always near (seed 003); household help stays visible.
 */
export const visitPolicy = definePolicy<VisitPart, 'read' | 'readDetails' | 'create' | 'update' | 'delete', DossierSubject>('visit', 'read', {
  read: [through([...residentSide, ...relativeReaders, ...caseWorkers, 'provider'], 'the planning is shared with everyone who reads the dossier')],
  readDetails: [
    through([...caseWorkers, 'provider'], 'professionals and providers see who comes when'),
    through([...residentSide, ...relativeReaders], 'at a residential location names and times of personal care are not shown (seed 003)', notHiddenByLocation),
  ],
  create: [through(['provider'], 'provider staff plan visits for dossiers referred to them', undefined, write)],
  update: [through<VisitPart>(['provider'], 'provider staff change their own organisation’s visits', ofMyOrganisation, write)],
  delete: [through<VisitPart>(['provider'], 'provider staff cancel their own organisation’s visits', ofMyOrganisation, write)],
});

/** Care reports (*rapportages*, ECD): written by provider staff; the resident sees those marked for them. */
export const careReportPolicy = definePolicy<CareReportPart, 'read' | 'create' | 'update' | 'delete', DossierSubject>('careReport', 'read', {
  read: [
    through([...caseWorkers, 'provider'], 'the dossier’s professionals and referred providers read care reports'),
    through([...residentSide, ...relativeReaders], 'residents and relatives read reports marked visible to the client', clientVisible),
  ],
  create: [through(['provider'], 'provider staff report on the care they deliver', undefined, write)],
  update: [],
  delete: [],
});

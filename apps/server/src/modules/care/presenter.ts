import type { FieldCipher } from '../../platform/crypto.js';
import type { DossierSubject } from '../dossier/index.js';
import { careReportPolicy, visitPolicy, type CareReportPart, type VisitPart } from './policy.js';
import type { CareDossier, ReportRow, VisitRow } from './repository.js';
import type { VisitWire } from './schema.js';
import { localParts, timeBlockOf, timeBlocks, type TimeBlock } from './time-blocks.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export const subjectFor = (subject: Omit<DossierSubject, 'dossier'>, dossier: CareDossier): DossierSubject => ({ ...subject, dossier });

export function visitPart(row: Pick<VisitRow, 'tenant_id' | 'organisation_id' | 'kind'>, dossier: CareDossier): VisitPart {
  return { tenantId: row.tenant_id, organisationId: row.organisation_id, kind: row.kind, residentialLocation: dossier.residentialLocation };
}

/**
 * Allow-list of a visit on the wire. Who comes and when is only filled in when the policy grants `readDetails`;
 * otherwise the values never leave the server (seed 003: residential location).
 */
export function presentVisit(subject: DossierSubject, dossier: CareDossier, row: VisitRow): VisitWire {
  const part = visitPart(row, dossier);
  const details = visitPolicy.can(subject, 'readDetails', part);
  return {
    id: row.id,
    dossierId: row.dossier_id,
    kind: row.kind,
    professionalFirstName: details ? row.professional_first_name : null,
    startsAt: details ? iso(row.starts_at) : null,
    endsAt: details ? iso(row.ends_at) : null,
    detailsHidden: !details,
    organisation: { name: row.organisation_name },
    version: row.version,
    // `create` belongs to the planning as a whole (sent with the month), not to one visit.
    policies: visitPolicy.permitted(subject, part).filter((action) => action !== 'create'),
  };
}

/** Visits by local day and time block: days in date order, blocks in the order of the day (night first). */
export function groupByDay(visits: Array<{ row: VisitRow; wire: VisitWire }>) {
  const days = new Map<string, Map<TimeBlock, VisitWire[]>>();
  for (const { row, wire } of visits) {
    const start = new Date(row.starts_at);
    const date = localParts(start).date;
    const block = timeBlockOf(start);
    const day = days.get(date) ?? new Map<TimeBlock, VisitWire[]>();
    days.set(date, day);
    day.set(block, [...(day.get(block) ?? []), wire]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, blocks]) => ({
      date,
      blocks: timeBlocks.filter((block) => blocks.has(block)).map((block) => ({ block, visits: blocks.get(block)! })),
    }));
}

export function reportPart(row: Pick<ReportRow, 'tenant_id' | 'organisation_id' | 'visible_to_resident'>): CareReportPart {
  return { tenantId: row.tenant_id, organisationId: row.organisation_id, visibleToResident: row.visible_to_resident };
}

export function presentReport(subject: DossierSubject, cipher: FieldCipher, row: ReportRow) {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    writtenAt: iso(row.written_at),
    author: { firstName: row.author_first_name, surname: row.author_surname },
    organisation: { name: row.organisation_name },
    text: cipher.decrypt(row.text_encrypted),
    visibleToResident: row.visible_to_resident,
    policies: careReportPolicy.permitted(subject, reportPart(row)).filter((action) => action !== 'create'),
  };
}

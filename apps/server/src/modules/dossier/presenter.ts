import type { FieldCipher } from '../../platform/crypto.js';
import type { DossierSubject } from './access.js';
import { actionPolicy, dossierFactPolicy, dossierPolicy, journalPolicy, planSectionPolicy, relativeAccessPolicy, accessLogPolicy } from './policy.js';
import type { ActionJson, DossierPartsRow, DossierRow } from './repository.js';

const iso = (value: Date | string) => new Date(value).toISOString();
const sectionKinds = ['livingSituation', 'future', 'agreements'] as const;

export function presentDossierSummary(row: DossierRow) {
  return {
    id: row.id,
    fileNumber: row.file_number,
    resident: row.resident,
    team: { name: row.team.name, teamType: row.team.teamType },
    organisation: { name: row.organisation.name },
    registeredOn: row.registered_on,
    closedOn: row.closed_on,
    closingReason: row.closing_reason,
    lastActivityAt: iso(row.last_activity_at),
    relations: row.relations,
  };
}

export function presentAction(subject: DossierSubject, action: ActionJson) {
  return {
    ...action,
    kind: action.standardAction ? ('standard' as const) : ('free' as const),
    policies: actionPolicy.permitted(subject, { tenantId: subject.tenantId }),
  };
}

/** Journal entries with their note decrypted and what the caller may do with each; the author's id stays inside. */
export function presentJournal(subject: DossierSubject, entries: DossierPartsRow['journal'], cipher: FieldCipher) {
  return entries.map(({ noteEncrypted, authorPersonId, ...entry }) => ({
    ...entry,
    note: cipher.decrypt(noteEncrypted),
    policies: journalPolicy.permitted(subject, { tenantId: subject.tenantId, visibleToResident: entry.visibleToResident, authorPersonId }),
  }));
}

/** The dossier page: each part only when a rule lets the caller read it, each object with what the caller may do. */
export function presentDossierPage(subject: DossierSubject, row: DossierRow, parts: DossierPartsRow, cipher: FieldCipher) {
  const part = { tenantId: subject.tenantId };
  const canSeeRelatives = relativeAccessPolicy.can(subject, 'read', { ...part, personId: subject.personId });
  return {
    ...presentDossierSummary(row),
    version: row.version,
    organisation: row.organisation,
    professionals: parts.professionals,
    ...(canSeeRelatives
      ? {
          relatives: parts.relatives.map(({ version, ...relative }) => ({
            ...relative,
            version,
            policies: relativeAccessPolicy.permitted(subject, { ...part, personId: relative.personId }),
          })),
        }
      : {}),
    involvedParties: parts.involved.map((party) => ({ ...party, policies: dossierFactPolicy.permitted(subject, part) })),
    journal: { items: presentJournal(subject, parts.journal, cipher), total: parts.journal_total },
    planSections: planSectionPolicy.can(subject, 'read', part)
      ? sectionKinds.map((kind) => {
          const found = parts.sections.find((section) => section.kind === kind);
          return {
            kind,
            text: found ? cipher.decrypt(found.textEncrypted) : '',
            version: found?.version ?? 0,
            updatedAt: found ? iso(found.updatedAt) : null,
            updatedBy: found?.updatedBy ?? null,
            policies: planSectionPolicy.permitted(subject, part),
          };
        })
      : [],
    services: parts.services.map((service) => ({ ...service, policies: dossierFactPolicy.permitted(subject, part) })),
    ...(parts.actions ? { actions: parts.actions.map((action) => presentAction(subject, action)) } : {}),
    policies: dossierPolicy.permitted(subject, part),
    // Whether the resident can sign in, for the professionals who may invite them; nobody else needs to know.
    ...(relativeAccessPolicy.can(subject, 'create', { ...part, personId: subject.personId }) ? { residentAccount: parts.resident_account ?? ('none' as const) } : {}),
    can: {
      addJournalEntry: journalPolicy.can(subject, 'create', { ...part, visibleToResident: true, authorPersonId: subject.personId }),
      addAction: actionPolicy.can(subject, 'create', part),
      addService: dossierFactPolicy.can(subject, 'create', part),
      addInvolvedParty: dossierFactPolicy.can(subject, 'create', part),
      addRelative: relativeAccessPolicy.can(subject, 'create', { ...part, personId: subject.personId }),
      readAccessLog: accessLogPolicy.can(subject, 'read', part),
    },
  };
}

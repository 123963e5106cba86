import { type AnyPgColumn, boolean, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, versionColumns } from './columns.js';
import { organisations, people, teams } from './tenancy.js';

/**
 * A resident's case with a team (*dossier*, *traject*). Access is decided per dossier from the team, the people
 * listed on it, relatives' levels, referrals to providers and break-glass grants (see modules/dossier/access.ts).
 */
export const dossiers = pgTable(
  'dossier',
  {
    ...tenantColumns,
    ...versionColumns,
    residentId: uuid('resident_id').notNull(),
    teamId: uuid('team_id').notNull(),
    fileNumber: text('file_number').notNull(),
    registeredOn: date('registered_on').notNull(),
    closedOn: date('closed_on'),
    closingReason: text('closing_reason'),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.residentId], foreignColumns: [people.tenantId, people.id] }),
    foreignKey({ columns: [t.tenantId, t.teamId], foreignColumns: [teams.tenantId, teams.id] }),
    unique('dossier_tenant_id_id').on(t.tenantId, t.id),
    uniqueIndex('dossier_tenant_file_number').on(t.tenantId, t.fileNumber),
    index('dossier_file_number_search').on(t.tenantId, t.fileNumber.op('text_pattern_ops')),
    index('dossier_resident').on(t.tenantId, t.residentId),
    index('dossier_team_activity').on(t.tenantId, t.teamId, t.lastActivityAt),
  ],
);

export const dossierRef = (t: { tenantId: AnyPgColumn; dossierId: AnyPgColumn }) =>
  foreignKey({ columns: [t.tenantId, t.dossierId], foreignColumns: [dossiers.tenantId, dossiers.id] });

/** Professionals named on a dossier (*verantwoordelijke professionals*); a named professional works on it. */
export const dossierProfessionals = pgTable(
  'dossier_professional',
  {
    tenantId: uuid('tenant_id').notNull(),
    dossierId: uuid('dossier_id').notNull(),
    personId: uuid('person_id').notNull(),
    responsible: boolean('responsible').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.dossierId, t.personId] }),
    dossierRef(t),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
    index('dossier_professional_person').on(t.tenantId, t.personId),
  ],
);

export const relativeAccessLevel = pgEnum('relative_access_level', ['none', 'informed', 'view', 'write']);

/** *Wie mag inloggen en uw gegevens inzien*: a relative's level on one dossier (seed 002). */
export const dossierRelatives = pgTable(
  'dossier_relative',
  {
    tenantId: uuid('tenant_id').notNull(),
    dossierId: uuid('dossier_id').notNull(),
    personId: uuid('person_id').notNull(),
    relation: text('relation').notNull(),
    level: relativeAccessLevel('level').notNull(),
    /** A guardian (*wettelijk vertegenwoordiger*) acts on behalf of the resident; the audit log says so. */
    actsOnBehalf: boolean('acts_on_behalf').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.dossierId, t.personId] }),
    dossierRef(t),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
    index('dossier_relative_person').on(t.tenantId, t.personId),
  ],
);

/** A dossier referred to a provider: its staff deliver care (planning, reports) for it. */
export const dossierReferrals = pgTable(
  'dossier_referral',
  {
    tenantId: uuid('tenant_id').notNull(),
    dossierId: uuid('dossier_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    referredOn: date('referred_on').notNull(),
    endedOn: date('ended_on'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.dossierId, t.organisationId] }),
    dossierRef(t),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('dossier_referral_organisation').on(t.tenantId, t.organisationId),
  ],
);

/** *Doorbraak*: a professional opened a dossier outside their team, with a reason the resident can read. */
export const breakGlassGrants = pgTable(
  'break_glass_grant',
  {
    ...tenantColumns,
    dossierId: uuid('dossier_id').notNull(),
    personId: uuid('person_id').notNull(),
    reason: text('reason').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [dossierRef(t), index('break_glass_grant_person').on(t.tenantId, t.personId, t.dossierId)],
);

/** *Betrokken personen/instellingen*: listed with contact details, no login and no rights. */
export const involvedParties = pgTable(
  'involved_party',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    name: text('name').notNull(),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [dossierRef(t), index('involved_party_dossier').on(t.tenantId, t.dossierId)],
);

export const catalogueKind = pgEnum('catalogue_kind', ['contactType', 'lifeDomain', 'standardAction', 'closingReason']);

/** Tenant-managed lists the forms choose from; codes are stored on rows, labels come from here. */
export const catalogueItems = pgTable(
  'catalogue_item',
  {
    ...tenantColumns,
    kind: catalogueKind('kind').notNull(),
    code: text('code').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('catalogue_item_code').on(t.tenantId, t.kind, t.code)],
);

export const authorKind = pgEnum('author_kind', ['professional', 'resident', 'relative']);

/** *Contactjournaal*. The note is free text about a person's life, so it is encrypted at rest. */
export const journalEntries = pgTable(
  'journal_entry',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    occurredOn: date('occurred_on').notNull(),
    authorPersonId: uuid('author_person_id').notNull(),
    authorKind: authorKind('author_kind').notNull().default('professional'),
    contactType: text('contact_type').notNull(),
    lifeDomain: text('life_domain'),
    noteEncrypted: text('note_encrypted').notNull(),
    visibleToResident: boolean('visible_to_resident').notNull().default(false),
  },
  (t) => [dossierRef(t), index('journal_entry_dossier').on(t.tenantId, t.dossierId, t.occurredOn)],
);

export const planSectionKind = pgEnum('plan_section_kind', ['livingSituation', 'future', 'agreements']);

/** The three oMPOP text sections the resident may edit; every earlier text is kept in `plan_section_revision`. */
export const planSections = pgTable(
  'plan_section',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    kind: planSectionKind('kind').notNull(),
    textEncrypted: text('text_encrypted').notNull(),
    updatedByPersonId: uuid('updated_by_person_id'),
  },
  (t) => [dossierRef(t), uniqueIndex('plan_section_dossier_kind').on(t.tenantId, t.dossierId, t.kind)],
);

export const planSectionRevisions = pgTable(
  'plan_section_revision',
  {
    ...tenantColumns,
    sectionId: uuid('section_id').notNull(),
    version: integer('version').notNull(),
    textEncrypted: text('text_encrypted').notNull(),
    changedByPersonId: uuid('changed_by_person_id'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('plan_section_revision_version').on(t.tenantId, t.sectionId, t.version)],
);

/** *Acties*: visible only to the resident they belong to and the dossier's coaches (seed 000). */
export const dossierActions = pgTable(
  'dossier_action',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    createdByPersonId: uuid('created_by_person_id').notNull(),
    standardCode: text('standard_code'),
    text: text('text').notNull(),
    assignee: text('assignee'),
    contactName: text('contact_name'),
    plannedOn: date('planned_on'),
    doneOn: date('done_on'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [dossierRef(t), index('dossier_action_dossier').on(t.tenantId, t.dossierId)],
);

export const serviceStatus = pgEnum('service_status', ['requested', 'granted', 'refused', 'ended']);

/** *Inzet specialistische voorzieningen*. */
export const specialistServices = pgTable(
  'specialist_service',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    product: text('product').notNull(),
    supplier: text('supplier').notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    status: serviceStatus('status').notNull(),
  },
  (t) => [dossierRef(t), index('specialist_service_dossier').on(t.tenantId, t.dossierId)],
);

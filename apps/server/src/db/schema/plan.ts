import { sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';
import { type AnyPgColumn, boolean, date, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, versionColumns } from './columns.js';
import { dossierRef } from './dossier.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
import { people, userGroups } from './tenancy.js';

/**
 * The integrated plan (seed 001). A template is built from blocks by the functional administrator; publishing
 * freezes its blocks as a numbered version that plans keep. A plan's content is fields (one value per block, item
 * and key, each change kept in `plan_field_revision`), items (goals and their actions), score sets (Wat Telt, ZRM),
 * measurements on goals and signatures. Who sees what: user groups on the professional side, and per linked person
 * a level per block and per goal (modules/plan/access.ts).
 */
export const planTemplates = pgTable(
  'plan_template',
  {
    ...tenantColumns,
    ...versionColumns,
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The blocks being edited, not yet published (same shape as a version's blocks). */
    draftBlocks: jsonb('draft_blocks').notNull().default(sql`'[]'::jsonb`),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [unique('plan_template_tenant_id_id').on(t.tenantId, t.id)],
);

const templateRef = (t: { tenantId: AnyPgColumn; templateId: AnyPgColumn }) =>
  foreignKey({ columns: [t.tenantId, t.templateId], foreignColumns: [planTemplates.tenantId, planTemplates.id] });

/** The user groups whose professionals may pick a template; no row means no professional sees it. */
export const planTemplateGroups = pgTable(
  'plan_template_group',
  {
    tenantId: uuid('tenant_id').notNull(),
    templateId: uuid('template_id').notNull(),
    userGroupId: uuid('user_group_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.templateId, t.userGroupId] }),
    templateRef(t),
    foreignKey({ columns: [t.tenantId, t.userGroupId], foreignColumns: [userGroups.tenantId, userGroups.id] }),
  ],
);

/** A published, immutable version of a template (the app role may not update or delete these rows). */
export const planTemplateVersions = pgTable(
  'plan_template_version',
  {
    ...tenantColumns,
    templateId: uuid('template_id').notNull(),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    blocks: jsonb('blocks').notNull(),
    publishedByPersonId: uuid('published_by_person_id').notNull(),
  },
  (t) => [
    templateRef(t),
    unique('plan_template_version_tenant_id_id').on(t.tenantId, t.id),
    uniqueIndex('plan_template_version_number').on(t.tenantId, t.templateId, t.number),
  ],
);

export const plans = pgTable(
  'plan',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    templateVersionId: uuid('template_version_id').notNull(),
    title: text('title').notNull(),
    /** Goes up with every change of content; a signature names the revision it signed. */
    revision: integer('revision').notNull().default(1),
    createdByPersonId: uuid('created_by_person_id').notNull(),
    lastChangedByPersonId: uuid('last_changed_by_person_id'),
  },
  (t) => [
    dossierRef(t),
    foreignKey({ columns: [t.tenantId, t.templateVersionId], foreignColumns: [planTemplateVersions.tenantId, planTemplateVersions.id] }),
    unique('plan_tenant_id_id').on(t.tenantId, t.id),
    index('plan_dossier').on(t.tenantId, t.dossierId),
  ],
);

export const planRef = (t: { tenantId: AnyPgColumn; planId: AnyPgColumn }) =>
  foreignKey({ columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] });

export const planGroupLevel = pgEnum('plan_group_level', ['view', 'edit']);

/** Which user groups' professionals (with a relation to the dossier) may view or edit the plan. */
export const planGroupAccess = pgTable(
  'plan_group_access',
  {
    tenantId: uuid('tenant_id').notNull(),
    planId: uuid('plan_id').notNull(),
    userGroupId: uuid('user_group_id').notNull(),
    level: planGroupLevel('level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.planId, t.userGroupId] }),
    planRef(t),
    foreignKey({ columns: [t.tenantId, t.userGroupId], foreignColumns: [userGroups.tenantId, userGroups.id] }),
  ],
);

export const planBlockLevel = pgEnum('plan_block_level', ['none', 'view', 'write']);

/**
 * A person linked to the plan (the resident, a relative, a contact person): whether they use the portal for it, and
 * their level per block (`blockLevels`: block key → none/view/write; a missing key is none).
 */
export const planParticipants = pgTable(
  'plan_participant',
  {
    tenantId: uuid('tenant_id').notNull(),
    planId: uuid('plan_id').notNull(),
    personId: uuid('person_id').notNull(),
    portalAccess: boolean('portal_access').notNull().default(false),
    blockLevels: jsonb('block_levels').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.planId, t.personId] }),
    planRef(t),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
    index('plan_participant_person').on(t.tenantId, t.personId),
  ],
);

export const planItemKind = pgEnum('plan_item_kind', ['goal', 'action']);
export const planGoalStatus = pgEnum('plan_goal_status', ['open', 'achieved', 'notAchieved', 'stopped']);

/** A goal in a goals block, or an action under a goal. Removal is a mark: the item stays in the history. */
export const planItems = pgTable(
  'plan_item',
  {
    ...tenantColumns,
    ...versionColumns,
    planId: uuid('plan_id').notNull(),
    blockKey: text('block_key').notNull(),
    kind: planItemKind('kind').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    status: planGoalStatus('status').notNull().default('open'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [planRef(t), unique('plan_item_tenant_id_id').on(t.tenantId, t.id), index('plan_item_plan').on(t.tenantId, t.planId)],
);

/** Per goal and linked person: may see the goal and its actions, write it, add measurements (seed 001). */
export const planItemRights = pgTable(
  'plan_item_right',
  {
    tenantId: uuid('tenant_id').notNull(),
    itemId: uuid('item_id').notNull(),
    personId: uuid('person_id').notNull(),
    canView: boolean('can_view').notNull(),
    canWrite: boolean('can_write').notNull(),
    canMeasure: boolean('can_measure').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.itemId, t.personId] }),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [planItems.tenantId, planItems.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
  ],
);

/**
 * One value of the plan: a text section, an answer, a goal's title or target date, an action's planned date. The
 * value is JSON, encrypted (it is about a person). `itemId` is null for values that belong to the block itself.
 */
export const planFields = pgTable(
  'plan_field',
  {
    ...tenantColumns,
    ...versionColumns,
    planId: uuid('plan_id').notNull(),
    blockKey: text('block_key').notNull(),
    itemId: uuid('item_id'),
    fieldKey: text('field_key').notNull(),
    valueEncrypted: text('value_encrypted').notNull(),
    updatedByPersonId: uuid('updated_by_person_id').notNull(),
  },
  (t) => [
    planRef(t),
    unique('plan_field_tenant_id_id').on(t.tenantId, t.id),
    unique('plan_field_key').on(t.tenantId, t.planId, t.blockKey, t.fieldKey, t.itemId).nullsNotDistinct(),
  ],
);

/** Every value a field ever had, with who set it and when (insert only). */
export const planFieldRevisions = pgTable(
  'plan_field_revision',
  {
    ...tenantColumns,
    fieldId: uuid('field_id').notNull(),
    planId: uuid('plan_id').notNull(),
    version: integer('version').notNull(),
    valueEncrypted: text('value_encrypted').notNull(),
    changedByPersonId: uuid('changed_by_person_id').notNull(),
    onBehalfOfPersonId: uuid('on_behalf_of_person_id'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.fieldId], foreignColumns: [planFields.tenantId, planFields.id] }),
    uniqueIndex('plan_field_revision_version').on(t.tenantId, t.fieldId, t.version),
  ],
);

export const planRaterKind = pgEnum('plan_rater_kind', ['resident', 'professional', 'network']);

/** One scoring moment of a Wat Telt or ZRM block by one person: the scores per domain are in `plan_score`. */
export const planScoreSets = pgTable(
  'plan_score_set',
  {
    ...tenantColumns,
    planId: uuid('plan_id').notNull(),
    blockKey: text('block_key').notNull(),
    raterPersonId: uuid('rater_person_id').notNull(),
    raterKind: planRaterKind('rater_kind').notNull(),
    measuredOn: date('measured_on').notNull(),
    /** The instrument's version, e.g. "ZRM 2017"; Wat Telt stores the template version's scale. */
    instrumentVersion: text('instrument_version').notNull(),
    /** A correction is a new set naming the one it replaces; sets are never changed, so the earlier scores stay. */
    replacesId: uuid('replaces_id'),
    /** A correction that takes the set back (entered by mistake). */
    withdrawn: boolean('withdrawn').notNull().default(false),
  },
  (t) => [
    planRef(t),
    unique('plan_score_set_tenant_id_id').on(t.tenantId, t.id),
    index('plan_score_set_plan').on(t.tenantId, t.planId, t.blockKey),
    foreignKey({ columns: [t.tenantId, t.replacesId], foreignColumns: [t.tenantId, t.id] }),
    uniqueIndex('plan_score_set_replaces').on(t.tenantId, t.replacesId).where(sql`replaces_id is not null`),
  ],
);

/**
 * The question library: questions the functional administrator keeps to reuse in questionnaire blocks. A template
 * takes a copy, so changing or archiving a library question never changes a published version.
 */
export const planQuestions = pgTable(
  'plan_question',
  {
    ...tenantColumns,
    ...versionColumns,
    key: text('key').notNull(),
    /** The question as a questionnaire block holds it (modules/plan/blocks.ts `question`). */
    question: jsonb('question').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('plan_question_key').on(t.tenantId, t.key)],
);

export const planScores = pgTable(
  'plan_score',
  {
    tenantId: uuid('tenant_id').notNull(),
    setId: uuid('set_id').notNull(),
    domainKey: text('domain_key').notNull(),
    score: integer('score').notNull(),
    noteEncrypted: text('note_encrypted'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.setId, t.domainKey] }),
    foreignKey({ columns: [t.tenantId, t.setId], foreignColumns: [planScoreSets.tenantId, planScoreSets.id] }),
  ],
);

/** A measurement on a goal: a value on the goals block's scale, a date and a note. */
export const planMeasurements = pgTable(
  'plan_measurement',
  {
    ...tenantColumns,
    planId: uuid('plan_id').notNull(),
    itemId: uuid('item_id').notNull(),
    value: integer('value').notNull(),
    measuredOn: date('measured_on').notNull(),
    noteEncrypted: text('note_encrypted'),
    createdByPersonId: uuid('created_by_person_id').notNull(),
    /** A correction is a new row naming the one it replaces; rows are never changed, so the earlier value stays. */
    replacesId: uuid('replaces_id'),
    /** A correction that takes the measurement back (entered by mistake), with the reason in `noteEncrypted`. */
    withdrawn: boolean('withdrawn').notNull().default(false),
  },
  (t) => [
    planRef(t),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [planItems.tenantId, planItems.id] }),
    unique('plan_measurement_tenant_id_id').on(t.tenantId, t.id),
    foreignKey({ columns: [t.tenantId, t.replacesId], foreignColumns: [t.tenantId, t.id] }),
    // A measurement is corrected at most once; a later correction replaces the correction.
    uniqueIndex('plan_measurement_replaces').on(t.tenantId, t.replacesId).where(sql`replaces_id is not null`),
    index('plan_measurement_item').on(t.tenantId, t.itemId, t.measuredOn),
    // Reading a plan loads its measurements by plan: without this, every plan read scanned all measurements.
    index('plan_measurement_plan').on(t.tenantId, t.planId),
  ],
);

export const planSignatureKind = pgEnum('plan_signature_kind', ['approved', 'seen']);

/** *Voor akkoord* / *voor gezien*: who signed which revision, how they had signed in, and the frozen PDF. */
export const planSignatures = pgTable(
  'plan_signature',
  {
    ...tenantColumns,
    planId: uuid('plan_id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: planSignatureKind('kind').notNull(),
    /** The signer's role as shown on the plan (resident, relative, coach …). */
    role: text('role').notNull(),
    revision: integer('revision').notNull(),
    signInMethod: text('sign_in_method').notNull(),
    signedOn: date('signed_on').notNull(),
    /**
     * The plan as the signer saw it at this revision, frozen as a PDF. Kept here rather than among the dossier's
     * documents: it holds only what the signer may see, and only they and the plan's professionals download it.
     */
    pdf: bytea('pdf'),
  },
  (t) => [planRef(t), index('plan_signature_plan').on(t.tenantId, t.planId)],
);

/**
 * A professional asks a linked person to sign (*voor akkoord* or *voor gezien*); the person gets a notice e-mail and
 * sees the request on the plan until they sign that kind after it was asked.
 */
export const planSignatureRequests = pgTable(
  'plan_signature_request',
  {
    ...tenantColumns,
    planId: uuid('plan_id').notNull(),
    personId: uuid('person_id').notNull(),
    kind: planSignatureKind('kind').notNull(),
    requestedByPersonId: uuid('requested_by_person_id').notNull(),
  },
  (t) => [
    planRef(t),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
    index('plan_signature_request_plan').on(t.tenantId, t.planId, t.personId),
  ],
);

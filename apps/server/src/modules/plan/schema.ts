import { z } from 'zod';
import { planBlockPolicy, planCreationPolicy, planGoalPolicy, planPolicy, planScoreSetPolicy } from './policy.js';

const actions = <A extends string>(list: readonly A[]) => z.array(z.enum(list as unknown as [A, ...A[]]));
const isoDate = z.iso.date();

export const planParams = z.object({ planId: z.uuid() });
export const dossierPlansParams = z.object({ dossierId: z.uuid() });
export const goalParams = planParams.extend({ goalId: z.uuid() });
export const blockParams = planParams.extend({ blockKey: z.string().min(1).max(40) });
export const itemParams = planParams.extend({ itemId: z.uuid() });

const field = z.object({ value: z.unknown(), version: z.number().int(), updatedAt: z.iso.datetime(), updatedBy: z.string() }).meta({ id: 'PlanField' });
const fields = z.record(z.string(), field);
const change = z.object({ at: z.iso.datetime(), by: z.string() }).nullable();

const corrected = z.object({ at: z.iso.datetime(), by: z.string() }).nullable();
const measurement = z.object({ id: z.uuid(), value: z.number(), measuredOn: isoDate, note: z.string(), by: z.string(), recordedAt: z.iso.datetime() });
const scores = z.array(z.object({ domainKey: z.string(), score: z.number().int(), note: z.string() }));

const goal = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    status: z.enum(['open', 'achieved', 'notAchieved', 'stopped']),
    position: z.number().int(),
    policies: actions(planGoalPolicy.actions),
    fields,
    /** The life domain's catalogue code with its label in both languages. */
    lifeDomain: z.object({ code: z.string(), label: z.object({ nl: z.string(), en: z.string() }) }).nullable(),
    /** Current measurements only; a corrected one says when and by whom, with the values it replaced (newest first). */
    measurements: z.array(measurement.extend({ corrected, earlier: z.array(measurement) })),
    actions: z.array(z.object({ id: z.uuid(), version: z.number().int(), fields })),
  })
  .meta({ id: 'PlanGoal' });

const scoreSet = z.object({
  id: z.uuid(),
  rater: z.string(),
  raterKind: z.enum(['resident', 'professional', 'network']),
  measuredOn: isoDate,
  instrumentVersion: z.string(),
  scores,
  policies: actions(planScoreSetPolicy.actions),
  corrected,
  earlier: z.array(z.object({ id: z.uuid(), measuredOn: isoDate, rater: z.string(), recordedAt: z.iso.datetime(), scores })),
});

const signature = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string(),
  kind: z.enum(['approved', 'seen']),
  signedOn: isoDate,
  revision: z.number().int(),
  current: z.boolean(),
  signInMethod: z.string(),
  hasPdf: z.boolean(),
});

const block = z
  .object({
    key: z.string(),
    type: z.enum(['text', 'questionnaire', 'watTelt', 'zrm', 'goals', 'services', 'documents', 'signatures']),
    title: z.string(),
    help: z.string().nullable(),
    definition: z.unknown(),
    level: z.enum(['none', 'view', 'write']),
    policies: actions(planBlockPolicy.actions),
    lastChange: change,
    fields,
    goals: z.array(goal).optional(),
    scoreSets: z.array(scoreSet).optional(),
    signatures: z.array(signature).optional(),
  })
  .meta({ id: 'PlanBlock' });

export const planView = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    title: z.string(),
    version: z.number().int(),
    revision: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    lastChangedBy: z.string().nullable(),
    template: z.object({ id: z.uuid(), name: z.string(), versionId: z.uuid(), number: z.number().int(), latestNumber: z.number().int() }),
    policies: actions(planPolicy.actions),
    blocks: z.array(block),
  })
  .meta({ id: 'Plan' });

export const planList = z.object({
  items: z.array(z.object({ id: z.uuid(), title: z.string(), updatedAt: z.iso.datetime(), revision: z.number().int() })),
  policies: actions(planCreationPolicy.actions),
});

const groupChoice = z.object({ userGroupId: z.uuid(), level: z.enum(['view', 'edit']) });
export const createPlanBody = z
  .object({ templateId: z.uuid(), title: z.string().trim().min(1).max(200), groups: z.array(groupChoice).min(1).max(50) })
  .strict();

export const fieldAddress = z.object({ blockKey: z.string().min(1).max(40), itemId: z.uuid().nullable().default(null), fieldKey: z.string().min(1).max(60) });
export const saveFieldBody = fieldAddress.extend({ value: z.unknown(), version: z.number().int().min(0) }).strict();
export const historyQuery = z.object({ blockKey: z.string().min(1).max(40), itemId: z.uuid().optional(), fieldKey: z.string().min(1).max(60) });
export const historyResponse = z.object({
  items: z.array(z.object({ version: z.number().int(), value: z.unknown(), changedAt: z.iso.datetime(), changedBy: z.string(), onBehalfOf: z.string().nullable() })),
});
export { field as fieldView };

export const goalBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().max(10_000).optional(),
    targetDate: isoDate.nullable().optional(),
    lifeDomain: z.string().max(60).nullable().optional(),
  })
  .strict();
export const versionBody = z.object({ version: z.number().int().min(1) }).strict();
export const goalStatusBody = z
  .object({ status: z.enum(['open', 'achieved', 'notAchieved', 'stopped']), reason: z.string().max(2000).default(''), version: z.number().int().min(1), reasonVersion: z.number().int().min(0) })
  .strict();
export const actionBody = z.object({ title: z.string().trim().min(1).max(300), who: z.string().max(200).optional(), plannedOn: isoDate.nullable().optional() }).strict();
export const measurementBody = z.object({ value: z.number().int(), measuredOn: isoDate, note: z.string().max(2000).default('') }).strict();
export const scoreSetBody = z
  .object({
    measuredOn: isoDate,
    scores: z.array(z.object({ domainKey: z.string().min(1).max(40), score: z.number().int(), note: z.string().max(2000).default('') })).min(1).max(20),
  })
  .strict();
export const measurementCorrectionParams = planParams.extend({ measurementId: z.uuid() });
export const scoreSetCorrectionParams = planParams.extend({ setId: z.uuid() });
/** A correction: new values, or `withdrawn: true` to take the row back (a measurement with a reason). */
export const measurementCorrectionBody = z
  .object({ value: z.number().int().optional(), measuredOn: isoDate.optional(), note: z.string().max(2000).default(''), withdrawn: z.boolean().default(false), reason: z.string().max(2000).optional() })
  .strict();
export const scoreSetCorrectionBody = scoreSetBody.partial({ measuredOn: true, scores: true }).extend({ withdrawn: z.boolean().default(false) }).strict();
export const correctionCreated = z.object({ id: z.uuid(), replacesId: z.uuid(), withdrawn: z.boolean() });
const chainRow = { id: z.uuid(), recordedAt: z.iso.datetime(), replacesId: z.uuid().nullable(), replacedBy: z.uuid().nullable(), withdrawn: z.boolean(), current: z.boolean() };
/** Every measurement ever recorded on a goal, corrected, withdrawn or current, newest first. */
export const measurementHistory = z.object({
  items: z.array(z.object({ ...chainRow, value: z.number(), measuredOn: isoDate, note: z.string(), by: z.string() })),
});
/** Every scoring moment ever recorded in a block, corrected, withdrawn or current, newest first. */
export const scoreSetHistory = z.object({
  items: z.array(z.object({ ...chainRow, measuredOn: isoDate, rater: z.string(), raterKind: z.enum(['resident', 'professional', 'network']), scores })),
});
/** The current row a stale correction is answered with (409). */
export { measurement as measurementView };
export const signBody = z.object({ kind: z.enum(['approved', 'seen']) }).strict();

const blockLevel = z.enum(['none', 'view', 'write']);
export const rightsBody = z
  .object({
    version: z.number().int().min(1),
    participants: z.array(z.object({ personId: z.uuid(), portalAccess: z.boolean(), blockLevels: z.record(z.string(), blockLevel) })).max(50),
    groups: z.array(z.object({ userGroupId: z.uuid(), level: z.enum(['none', 'view', 'edit']) })).max(50),
  })
  .strict();
export const goalRightsBody = z
  .object({
    /** The rights version (the plan's `version`, as in the rights view) the screen was based on. */
    version: z.number().int().min(1),
    rights: z.array(z.object({ personId: z.uuid(), canView: z.boolean(), canWrite: z.boolean(), canMeasure: z.boolean() })).max(50),
  })
  .strict();
const personName = z.object({ firstName: z.string(), infix: z.string().nullable(), surname: z.string() });
export const rightsView = z
  .object({
    version: z.number().int(),
    participants: z.array(
      z.object({
        personId: z.uuid(),
        name: personName,
        relation: z.string(),
        dossierLevel: z.enum(['resident', 'none', 'informed', 'view', 'write']),
        portalAccess: z.boolean(),
        blockLevels: z.record(z.string(), blockLevel),
        goalRights: z.record(z.string(), z.object({ canView: z.boolean(), canWrite: z.boolean(), canMeasure: z.boolean() })),
      }),
    ),
    groups: z.array(z.object({ userGroupId: z.uuid(), name: z.string(), level: z.enum(['none', 'view', 'edit']) })),
  })
  .meta({ id: 'PlanRights' });

const blockRef = z.object({ key: z.string(), type: z.string(), title: z.string() });
export const upgradePreview = z
  .object({
    version: z.number().int(),
    from: z.object({ versionId: z.uuid(), number: z.number().int() }),
    to: z.object({ versionId: z.uuid(), number: z.number().int() }),
    added: z.array(blockRef),
    removed: z.array(blockRef.extend({ values: z.number().int() })),
    changed: z.array(blockRef),
  })
  .meta({ id: 'PlanUpgradePreview' });
export const upgradeBody = z.object({ toVersionId: z.uuid(), version: z.number().int().min(1) }).strict();

import { z } from 'zod';

/**
 * The building blocks of a plan template (seed 001). A template's draft and each published version hold an ordered
 * list of these; a plan's values refer to a block by its `key`, which stays the same across versions.
 */

const key = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, 'invalidFormat');
const label = z.string().trim().min(1).max(200);
const help = z.string().trim().max(1000).optional();
const scaleShape = z.object({
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(1).max(100),
  minLabel: z.string().trim().max(60).default(''),
  maxLabel: z.string().trim().max(60).default(''),
});
export const scale = scaleShape.refine((s) => s.max > s.min, { path: ['max'], message: 'invalid' });
export type Scale = z.infer<typeof scale>;

export const questionTypes = ['shortText', 'longText', 'date', 'yesNo', 'singleChoice', 'multipleChoice', 'number', 'scale'] as const;
export type QuestionType = (typeof questionTypes)[number];

export const question = z
  .object({
    key,
    type: z.enum(questionTypes),
    label,
    help,
    required: z.boolean().default(false),
    options: z.array(z.object({ key, label })).max(30).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    minLabel: z.string().trim().max(60).optional(),
    maxLabel: z.string().trim().max(60).optional(),
  })
  .superRefine((q, ctx) => {
    const choice = q.type === 'singleChoice' || q.type === 'multipleChoice';
    if (choice && (!q.options || q.options.length < 2)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'required' });
    if (q.type === 'scale' && (q.min === undefined || q.max === undefined)) ctx.addIssue({ code: 'custom', path: ['max'], message: 'required' });
    if (q.min !== undefined && q.max !== undefined && q.max <= q.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'invalid' });
  });
export type Question = z.infer<typeof question>;

/** The 13 domains of the Zelfredzaamheid-Matrix 2017, in its order; the five levels run from 1 (acute) to 5. */
export const zrmDomains = [
  'finances',
  'workEducation',
  'timeUse',
  'housing',
  'domesticRelations',
  'mentalHealth',
  'physicalHealth',
  'substanceUse',
  'basicAdl',
  'instrumentalAdl',
  'socialNetwork',
  'participation',
  'justice',
] as const;
export type ZrmDomain = (typeof zrmDomains)[number];
export const zrmVersion = 'ZRM 2017';
export const zrmScale: Scale = { min: 1, max: 5, minLabel: 'acute problematiek', maxLabel: 'volledig zelfredzaam' };

const base = { key, title: label, help };

export const block = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('text') }),
  z.object({
    ...base,
    type: z.literal('questionnaire'),
    questions: z.array(question).min(1).max(100),
  }),
  z.object({
    ...base,
    type: z.literal('watTelt'),
    domains: z.array(z.object({ key, label })).min(1).max(20),
    scale,
  }),
  z.object({
    ...base,
    type: z.literal('zrm'),
    domains: z.array(z.enum(zrmDomains)).min(1).max(13),
  }),
  z.object({
    ...base,
    type: z.literal('goals'),
    targetDate: z.boolean().default(true),
    lifeDomain: z.boolean().default(true),
    /** Measurements on a goal on this scale, with a chart; null: progress is written as text only. */
    measurements: scale.nullable().default(null),
    actions: z.boolean().default(true),
  }),
  z.object({ ...base, type: z.literal('services') }),
  z.object({ ...base, type: z.literal('documents') }),
  z.object({
    ...base,
    type: z.literal('signatures'),
    kinds: z.array(z.enum(['approved', 'seen'])).min(1).max(2),
  }),
]);
export type Block = z.infer<typeof block>;
export type BlockType = Block['type'];
export const blockTypes: readonly BlockType[] = ['text', 'questionnaire', 'watTelt', 'zrm', 'goals', 'services', 'documents', 'signatures'];

/** On a new plan (or a block new to it) the resident may write these kinds of blocks and view the rest; the coach changes it. */
export const residentWritableTypes: ReadonlySet<BlockType> = new Set<BlockType>(['text', 'questionnaire', 'watTelt', 'signatures']);

/** A template's blocks: 1–30, each key once, each question key once within its block. */
export const blocks = z
  .array(block)
  .max(30)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((b, index) => {
      if (seen.has(b.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'taken' });
      seen.add(b.key);
      if (b.type === 'questionnaire') {
        const keys = new Set<string>();
        b.questions.forEach((q, qi) => {
          if (keys.has(q.key)) ctx.addIssue({ code: 'custom', path: [index, 'questions', qi, 'key'], message: 'taken' });
          keys.add(q.key);
        });
      }
    });
  });

/** The value a field of a block may hold, by where it lives. Field keys: `text` (text block), a question key, goal fields. */
export const goalFieldKeys = ['title', 'description', 'targetDate', 'lifeDomain', 'progress', 'statusReason'] as const;
export const actionFieldKeys = ['title', 'who', 'plannedOn', 'doneOn'] as const;

const isoDate = z.iso.date();

/** Checks a value for one field against the block's definition; answers the zod schema to parse it with, or null. */
export function fieldSchema(b: Block, fieldKey: string, item: 'goal' | 'action' | null): z.ZodType | null {
  if (item === 'goal' && b.type === 'goals') {
    switch (fieldKey) {
      case 'title':
        return z.string().trim().min(1).max(300);
      case 'description':
      case 'progress':
      case 'statusReason':
        return z.string().max(10_000);
      case 'targetDate':
        return b.targetDate ? isoDate.nullable() : null;
      case 'lifeDomain':
        return b.lifeDomain ? z.string().max(60).nullable() : null;
      default:
        return null;
    }
  }
  if (item === 'action' && b.type === 'goals' && b.actions) {
    switch (fieldKey) {
      case 'title':
        return z.string().trim().min(1).max(300);
      case 'who':
        return z.string().max(200);
      case 'plannedOn':
      case 'doneOn':
        return isoDate.nullable();
      default:
        return null;
    }
  }
  if (item !== null) return null;
  if (b.type === 'text' && fieldKey === 'text') return z.string().max(50_000);
  if (b.type === 'questionnaire') {
    const q = b.questions.find((candidate) => candidate.key === fieldKey);
    return q ? answerSchema(q) : null;
  }
  return null;
}

function answerSchema(q: Question): z.ZodType {
  const optional = <T extends z.ZodType>(schema: T) => (q.required ? schema : schema.nullable());
  switch (q.type) {
    case 'shortText':
      return q.required ? z.string().trim().min(1).max(500) : z.string().max(500);
    case 'longText':
      return q.required ? z.string().trim().min(1).max(20_000) : z.string().max(20_000);
    case 'date':
      return optional(isoDate);
    case 'yesNo':
      return optional(z.boolean());
    case 'singleChoice':
      return optional(z.enum((q.options ?? []).map((o) => o.key) as [string, ...string[]]));
    case 'multipleChoice': {
      const list = z.array(z.enum((q.options ?? []).map((o) => o.key) as [string, ...string[]])).max(30);
      return q.required ? list.min(1) : list;
    }
    case 'number': {
      let n = z.number();
      if (q.min !== undefined) n = n.min(q.min);
      if (q.max !== undefined) n = n.max(q.max);
      return optional(n);
    }
    case 'scale':
      return optional(z.number().int().min(q.min ?? 0).max(q.max ?? 10));
  }
}

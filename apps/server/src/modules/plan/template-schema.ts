import { z } from 'zod';
import { blocks } from './blocks.js';
import { templatePolicy } from './template-policy.js';

export const templateParams = z.object({ templateId: z.uuid() });

export const templateBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(2000).default(''),
    userGroupIds: z.array(z.uuid()).max(50).default([]),
    blocks: blocks.default([]),
  })
  .strict();

export const templateUpdateBody = templateBody.extend({ version: z.number().int().min(1) }).strict();
export const publishBody = z.object({ version: z.number().int().min(1) }).strict();
/** Archive or restore names the version it read, like every other change. */
export const archiveBody = publishBody;
export const templateListQuery = z.object({
  /** `true`: only the archived templates (functional administrator); otherwise archived ones are left out. */
  archived: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

const versionSummary = z.object({ id: z.uuid(), number: z.number().int(), publishedAt: z.iso.datetime(), publishedBy: z.string() });

export const templateSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    /** When the template was archived: not offered for new plans, existing plans keep working. */
    archivedAt: z.iso.datetime().nullable(),
    latest: versionSummary.nullable(),
    /** The draft differs from the latest published version. */
    unpublishedChanges: z.boolean(),
    policies: z.array(z.enum(templatePolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'PlanTemplateSummary' });

export const templateDetail = templateSummary
  .extend({
    userGroupIds: z.array(z.uuid()),
    blocks: z.array(z.unknown()),
    versions: z.array(versionSummary),
  })
  .meta({ id: 'PlanTemplate' });

export const templateVersionDetail = z
  .object({ id: z.uuid(), templateId: z.uuid(), number: z.number().int(), name: z.string(), blocks: z.array(z.unknown()), publishedAt: z.iso.datetime() })
  .meta({ id: 'PlanTemplateVersion' });

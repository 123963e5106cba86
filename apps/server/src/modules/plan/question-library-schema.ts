import { z } from 'zod';
import { question } from './blocks.js';
import { questionLibraryPolicy } from './question-library-policy.js';

export const libraryQuestionParams = z.object({ questionId: z.uuid() });

export const libraryQuestionQuery = z.object({
  /** `true`: the archived questions instead of the active ones. */
  archived: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Part of the label (case-insensitive). */
  q: z.string().trim().min(1).max(100).optional(),
});

/** A library question is the `question` of a questionnaire block, with the same checks. */
export const libraryQuestionBody = z.object({ question }).strict();
export const libraryQuestionUpdateBody = libraryQuestionBody.extend({ version: z.number().int().min(1) }).strict();
export const libraryQuestionVersionBody = z.object({ version: z.number().int().min(1) }).strict();

export const libraryQuestion = z
  .object({
    id: z.uuid(),
    key: z.string(),
    question: z.unknown(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
    archivedAt: z.iso.datetime().nullable(),
    policies: z.array(z.enum(questionLibraryPolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'PlanLibraryQuestion' });

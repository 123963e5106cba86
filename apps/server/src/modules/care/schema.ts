import { z } from 'zod';
import { careReportPolicy, visitPolicy } from './policy.js';
import { timeBlocks } from './time-blocks.js';

export const visitKinds = ['personalCare', 'householdHelp', 'nursing', 'support'] as const;

export const monthQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .meta({ description: 'YYYY-MM; the month in Dutch local time', example: '2026-05' }),
});

export const dossierParams = z.object({ dossierId: z.uuid() });
export const visitParams = z.object({ dossierId: z.uuid(), visitId: z.uuid() });

const visit = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    kind: z.enum(visitKinds),
    professionalFirstName: z.string().nullable(),
    startsAt: z.iso.datetime({ offset: true }).nullable(),
    endsAt: z.iso.datetime({ offset: true }).nullable(),
    /** True when name and times are left out (residential location); the UI explains why. */
    detailsHidden: z.boolean(),
    organisation: z.object({ name: z.string() }),
    version: z.number().int(),
    policies: z.array(z.enum(visitPolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'Visit', description: 'A planned care visit. Name and times are null when the caller may not see them.' });

export const visitMonth = z
  .object({
    month: z.string(),
    /** Actions the caller may take in this dossier's planning (e.g. `create`); empty across dossiers. */
    policies: z.array(z.enum(visitPolicy.actions as ['read', ...string[]])),
    days: z.array(
      z.object({
        date: z.string().meta({ description: 'YYYY-MM-DD, Dutch local date' }),
        blocks: z.array(z.object({ block: z.enum(timeBlocks), visits: z.array(visit) })),
      }),
    ),
  })
  .meta({ id: 'VisitMonth', description: 'Visits of one month by day and time block (night 00:00–05:59 first), cancelled ones left out' });

export const visitInput = z.object({
  kind: z.enum(visitKinds),
  professionalFirstName: z.string().trim().min(1).max(60),
  professionalPersonId: z.uuid().nullish(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export const visitUpdate = visitInput.extend({ version: z.number().int().min(1) });
export const versionBody = z.object({ version: z.number().int().min(1) });

export const visitAnswer = visit;
export type VisitWire = z.infer<typeof visit>;

export const importAnswer = z.object({ imported: z.number().int() }).meta({ id: 'VisitImport' });

const careReport = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    writtenAt: z.iso.datetime({ offset: true }),
    author: z.object({ firstName: z.string(), surname: z.string() }),
    organisation: z.object({ name: z.string() }),
    text: z.string(),
    visibleToResident: z.boolean(),
    policies: z.array(z.enum(careReportPolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'CareReport' });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

export const careReportPage = z
  .object({
    items: z.array(careReport),
    total: z.number().int(),
    /** Actions the caller may take in this dossier's reports (`create`); empty across dossiers. */
    policies: z.array(z.enum(careReportPolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'CareReportPage', description: 'Care reports, newest first' });

export const careReportInput = z.object({
  text: z.string().trim().min(1).max(10_000),
  visibleToResident: z.boolean(),
});
export const careReportAnswer = careReport;

const planSection = z.object({
  kind: z.enum(['livingSituation', 'future', 'agreements']),
  text: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
});

export const carePlan = z
  .object({
    dossierId: z.uuid(),
    /** Where the plan comes from: the three oMPOP text sections until a plan made from a template exists (issue 6). */
    source: z.literal('planSections'),
    sections: z.array(planSection),
  })
  .meta({ id: 'CarePlan', description: 'The current care plan of a dossier' });

export const carePlans = z
  .object({
    items: z.array(carePlan.extend({ dossier: z.object({ teamName: z.string(), fileNumber: z.string() }) })),
  })
  .meta({ id: 'CarePlans', description: 'The care plans of the open dossiers the resident (or relative) may read' });

import { z } from 'zod';

const isoDate = z.iso.date();
const id = z.uuid();
const name = z.object({ firstName: z.string(), infix: z.string().nullable(), surname: z.string() });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const dossierParams = z.object({ dossierId: id });
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const versionBody = z.object({ version: z.number().int().min(1) }).strict();

export const catalogueItem = z.object({ code: z.string(), label: z.string() });

export const dossierSummary = z
  .object({
    id,
    fileNumber: z.string(),
    resident: name.extend({ id }),
    team: z.object({ name: z.string(), teamType: z.string() }),
    organisation: z.object({ name: z.string() }),
    registeredOn: isoDate,
    closedOn: isoDate.nullable(),
    closingReason: z.string().nullable(),
    lastActivityAt: z.iso.datetime(),
    relations: z.array(z.string()).meta({ description: 'How the caller stands to the dossier (resident, relativeView, teamProfessional …)' }),
  })
  .meta({ id: 'DossierSummary' });

export const caseloadQuery = pageQuery.extend({
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'Name, date of birth (dd-mm-jjjj or yyyy-mm-dd) or file number' }),
  scope: z.enum(['mine', 'team', 'tenant']).default('team').meta({
    description: 'mine: dossiers I am named on; team: every dossier I may open; tenant: search the whole tenant (minimal fields) to break the glass',
  }),
  status: z.enum(['open', 'closed', 'all']).default('open'),
});

export const caseloadItem = z
  .object({
    id,
    fileNumber: z.string(),
    resident: name.extend({ dateOfBirth: isoDate.nullable() }),
    team: z.object({ name: z.string() }),
    registeredOn: isoDate,
    closedOn: isoDate.nullable(),
    lastActivityAt: z.iso.datetime(),
    reachable: z.boolean().meta({ description: 'false: outside my reach; opening it needs a reason (break the glass)' }),
    mine: z.boolean(),
  })
  .meta({ id: 'CaseloadItem' });

const person = name.extend({ personId: id });
export const professionalOnDossier = person.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  organisation: z.string().nullable(),
  responsible: z.boolean(),
});
export const relativeOnDossier = person.extend({
  relation: z.string(),
  level: z.enum(['none', 'informed', 'view', 'write']),
  actsOnBehalf: z.boolean(),
  hasAccount: z.boolean(),
  language: z.enum(['nl', 'en']).meta({ description: 'The language mails to the relative are written in' }),
  version: z.number().int(),
  policies: z.array(z.string()),
});
export const involvedParty = z.object({
  id,
  name: z.string(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int(),
  policies: z.array(z.string()),
});
export const journalEntry = z
  .object({
    id,
    occurredOn: isoDate,
    author: name,
    authorKind: z.enum(['professional', 'resident', 'relative']),
    contactType: catalogueItem,
    lifeDomain: catalogueItem.nullable(),
    note: z.string(),
    visibleToResident: z.boolean(),
    version: z.number().int(),
    policies: z.array(z.string()),
  })
  .meta({ id: 'JournalEntry' });
export const planSection = z
  .object({
    kind: z.enum(['livingSituation', 'future', 'agreements']),
    text: z.string(),
    version: z.number().int().meta({ description: '0 when nothing was written yet' }),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: name.nullable(),
    policies: z.array(z.string()),
  })
  .meta({ id: 'PlanSection' });
export const specialistService = z.object({
  id,
  product: z.string(),
  supplier: z.string(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  status: z.enum(['requested', 'granted', 'refused', 'ended']),
  version: z.number().int(),
  policies: z.array(z.string()),
});
export const dossierAction = z
  .object({
    id,
    dossierId: id,
    createdOn: isoDate,
    createdBy: name,
    kind: z.enum(['free', 'standard']),
    standardAction: catalogueItem.nullable(),
    text: z.string(),
    assignee: z.string().nullable(),
    contactName: z.string().nullable(),
    plannedOn: isoDate.nullable(),
    doneOn: isoDate.nullable(),
    version: z.number().int(),
    policies: z.array(z.string()),
  })
  .meta({ id: 'DossierAction' });

export const dossierPage = dossierSummary
  .extend({
    version: z.number().int(),
    organisation: z.object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
    professionals: z.array(professionalOnDossier),
    relatives: z.array(relativeOnDossier).optional().meta({ description: 'Absent when the caller may not see who has access' }),
    involvedParties: z.array(involvedParty),
    journal: z.object({ items: z.array(journalEntry), total: z.number().int() }),
    planSections: z.array(planSection),
    services: z.array(specialistService),
    actions: z.array(dossierAction).optional().meta({ description: 'Only for the resident and the dossier’s coaches (seed 000)' }),
    policies: z.array(z.string()),
    residentAccount: z
      .enum(['none', 'invited', 'active', 'deactivated'])
      .optional()
      .meta({ description: 'For professionals who may invite: whether the resident can sign in' }),
    can: z
      .object({
        addJournalEntry: z.boolean(),
        addAction: z.boolean(),
        addService: z.boolean(),
        addInvolvedParty: z.boolean(),
        addRelative: z.boolean(),
        readAccessLog: z.boolean(),
      })
      .meta({ description: 'What the caller may add to this dossier' }),
  })
  .meta({ id: 'DossierPage' });

export const journalBody = z
  .object({
    occurredOn: isoDate,
    contactType: z.string().min(1).max(40),
    lifeDomain: z.string().min(1).max(40).nullable().optional(),
    note: z.string().trim().min(1).max(10_000),
    visibleToResident: z.boolean().default(false),
  })
  .strict();
export const journalUpdateBody = journalBody.extend({ version: z.number().int().min(1) }).strict();

export const actionBody = z
  .object({
    text: z.string().trim().min(1).max(500),
    standardCode: z.string().min(1).max(40).nullable().optional(),
    assignee: optionalText(200),
    contactName: optionalText(200),
    plannedOn: isoDate.nullable().optional(),
  })
  .strict();
export const actionUpdateBody = actionBody.extend({ version: z.number().int().min(1), doneOn: isoDate.nullable().optional() }).strict();
export const actionDoneBody = z.object({ version: z.number().int().min(1), done: z.boolean() }).strict();

export const planSectionParams = dossierParams.extend({ kind: z.enum(['livingSituation', 'future', 'agreements']) });
export const planSectionBody = z
  .object({
    version: z.number().int().min(0).meta({ description: 'The version the text was based on; 0 for a section never written' }),
    text: z.string().max(20_000),
  })
  .strict();
export const planSectionRevision = z.object({ version: z.number().int(), text: z.string(), changedAt: z.iso.datetime(), changedBy: name.nullable() });

export const serviceBody = z
  .object({
    product: z.string().trim().min(1).max(200),
    supplier: z.string().trim().min(1).max(200),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    status: z.enum(['requested', 'granted', 'refused', 'ended']),
  })
  .strict();
export const serviceUpdateBody = serviceBody.extend({ version: z.number().int().min(1) }).strict();
export const involvedPartyBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    contactName: optionalText(200),
    phone: z.string().trim().regex(/^[+0-9 ()-]{8,20}$/).nullable().optional(),
    email: z.email().max(254).nullable().optional(),
  })
  .strict();

export const closeBody = z.object({ version: z.number().int().min(1), closedOn: isoDate, closingReason: z.string().min(1).max(40) }).strict();

export const createDossierBody = z
  .object({
    teamId: id,
    registeredOn: isoDate,
    residentId: id.optional(),
    newResident: z
      .object({
        firstName: z.string().trim().min(1).max(100),
        infix: optionalText(30),
        surname: z.string().trim().min(1).max(100),
        dateOfBirth: isoDate.nullable().optional(),
        bsn: z.string().regex(/^\d{9}$/).optional(),
        email: z.email().max(254).nullable().optional(),
        phone: z.string().trim().regex(/^[+0-9 ()-]{8,20}$/).nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((body) => Boolean(body.residentId) !== Boolean(body.newResident), { message: 'either residentId or newResident', path: ['residentId'] });

const mailLanguageField = z
  .enum(['nl', 'en'])
  .meta({ description: 'The language of the mails to the relative (invitation, notices); an informed relative without login gets notices only in it' });
export const relativeBody = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    infix: optionalText(30),
    surname: z.string().trim().min(1).max(100),
    email: z.email().max(254).nullable().optional(),
    relation: z.string().trim().min(1).max(60),
    level: z.enum(['none', 'informed', 'view', 'write']),
    actsOnBehalf: z.boolean().default(false),
    invite: z.boolean().default(false).meta({ description: 'Send an invitation to create an account (needs an e-mail address)' }),
    language: mailLanguageField.default('nl'),
  })
  .strict();
export const relativeParams = dossierParams.extend({ personId: id });
export const relativeUpdateBody = z
  .object({
    version: z.number().int().min(1),
    relation: z.string().trim().min(1).max(60),
    level: z.enum(['none', 'informed', 'view', 'write']),
    actsOnBehalf: z.boolean(),
    language: mailLanguageField.optional(),
  })
  .strict();

export const breakGlassBody = z.object({ reason: z.string().trim().min(10).max(500) }).strict();

export const accessLogEntry = z
  .object({
    occurredAt: z.iso.datetime(),
    actor: name.nullable(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    action: z.string(),
    objectType: z.string(),
    field: z.string().nullable().meta({ description: 'Which part of the object, e.g. the plan section changed' }),
    onBehalfOf: z.boolean(),
    reason: z.string().nullable().meta({ description: 'The reason given to break the glass' }),
  })
  .meta({ id: 'AccessLogEntry' });
export const involvedPartyUpdateBody = involvedPartyBody.extend({ version: z.number().int().min(1) }).strict();
export const inviteResidentBody = z.object({ email: z.email().max(254) }).strict();

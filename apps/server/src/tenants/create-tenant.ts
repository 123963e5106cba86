import { z } from 'zod';
import { accountRoles, accounts, organisations, people } from '../db/schema/index.js';
import { recordAudit } from '../platform/audit.js';
import { validation, type FieldProblem } from '../platform/errors.js';
import { systemContext } from '../platform/http/context.js';
import type { Services } from '../platform/services.js';
import { sendInvitation } from '../modules/identity/index.js';
import { withNewTenant } from './defaults.js';

const name = z.string().trim().min(1).max(100);

/** What an operator types for a new municipality (see cli/tenant-create.ts). */
export const newTenantInput = z.object({
  /** The tenant's short name in sign-in links (`?organisatie=`): lower-case letters, digits and dashes. */
  slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/),
  /** Shown on the sign-in page and in mails, e.g. "Gemeente Noordstad". */
  name: z.string().trim().min(3).max(120),
  /** The municipality's own organisation, to which the administrator belongs. */
  organisation: z.string().trim().min(3).max(120),
  adminEmail: z.email().max(254),
  adminFirstName: name,
  adminInfix: z.string().trim().max(20).optional(),
  adminSurname: name,
  language: z.enum(['nl', 'en']).default('nl'),
});
export type NewTenantInput = z.input<typeof newTenantInput>;

/** Zod's complaints as the field problems every 400 carries; an empty value is `required`, whatever rule it broke. */
function problemsOf(raw: NewTenantInput, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const value = (raw as Record<string, unknown>)[String(issue.path[0])];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    const code = empty ? 'required' : issue.code === 'too_small' ? 'tooShort' : issue.code === 'too_big' ? 'tooLong' : issue.code === 'invalid_format' ? 'invalidFormat' : 'invalid';
    return { field: issue.path.join('.'), code };
  });
}

/**
 * A new municipality in ONE transaction: the tenant with its defaults (catalogues, settings, terms version 1), the
 * municipality as an organisation, and its first functional administrator as an invited account whose invitation mail
 * waits in the outbox (the running server's mail worker sends it). Bad input or a slug in use changes nothing.
 */
export async function createTenant(services: Services, raw: NewTenantInput) {
  const parsed = newTenantInput.safeParse(raw);
  if (!parsed.success) throw validation(problemsOf(raw, parsed.error));
  const input = parsed.data;
  const now = services.clock();
  return withNewTenant(services.database, { slug: input.slug, name: input.name }, { now }, async (tx, tenantId) => {
    const [organisation] = await tx.insert(organisations).values({ tenantId, kind: 'municipality', name: input.organisation }).returning({ id: organisations.id });
    const organisationId = organisation!.id;
    const [person] = await tx
      .insert(people)
      .values({ tenantId, kind: 'professional', firstName: input.adminFirstName, infix: input.adminInfix || null, surname: input.adminSurname, email: input.adminEmail, organisationId })
      .returning({ id: people.id });
    const [account] = await tx
      .insert(accounts)
      .values({ tenantId, personId: person!.id, email: input.adminEmail, status: 'invited', mustChangePassword: false })
      .returning({ id: accounts.id });
    const accountId = account!.id;
    await tx.insert(accountRoles).values({ tenantId, accountId, role: 'functionalAdmin', organisationId });
    const expiresAt = await sendInvitation(services, tx, { tenantId, accountId, email: input.adminEmail, firstName: input.adminFirstName, invitedBy: null, language: input.language });
    await recordAudit(tx, systemContext(tenantId, 'tenant-create'), [
      { action: 'create', objectType: 'tenant', objectId: tenantId, reason: 'tenant:create' },
      { action: 'create', objectType: 'organisation', objectId: organisationId },
      { action: 'create', objectType: 'invitation', objectId: accountId, details: { kind: 'professional' } },
      { action: 'grant', objectType: 'account', objectId: accountId, field: 'roles', details: { roles: 'functionalAdmin' } },
    ]);
    return { tenantId, slug: input.slug, organisationId, accountId, invitationExpiresAt: expiresAt };
  });
}

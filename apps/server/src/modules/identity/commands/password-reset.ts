import { and, desc, eq, isNull } from 'drizzle-orm';
import { accounts, passwordResets, sessions } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { enqueueMail } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';
import { findAccountByEmail, findPerson, findTenantBySlug, rolesOf } from '../repository.js';
import { openSession } from '../open-session.js';
import { newToken, tokenHash } from '../tokens.js';
import { sendSignInCode } from '../sign-in-code.js';
import { secondFactorsOf, secondStepMethods } from '../passkeys.js';

export const RESET_VALID_MS = 4 * 60 * 60 * 1000;
const RESET_AT_MOST_EVERY_MS = 60 * 1000;

/**
 * Mails a reset link when the address belongs to an active account. The caller always gets the same answer, so it
 * does not learn whether an account exists; one link a minute per account at most.
 */
export async function requestPasswordReset(services: Services, ctx: RequestContext, input: { email: string; organisation: string }) {
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) return;
  const now = services.clock();
  await inTenant(services.database.owner, tenant.id, async (tx) => {
    const account = await findAccountByEmail(tx, input.email);
    if (!account || account.status !== 'active') return;
    const [latest] = await tx.select().from(passwordResets).where(eq(passwordResets.accountId, account.id)).orderBy(desc(passwordResets.createdAt)).limit(1);
    if (latest && now.getTime() - latest.createdAt.getTime() < RESET_AT_MOST_EVERY_MS) return;
    const token = newToken();
    await tx.insert(passwordResets).values({ tenantId: tenant.id, accountId: account.id, tokenHash: tokenHash(token), expiresAt: new Date(now.getTime() + RESET_VALID_MS), createdAt: now });
    const person = await findPerson(tx, account.personId);
    const link = `${services.config.publicUrl}/wachtwoord-herstellen?organisatie=${encodeURIComponent(tenant.slug)}&token=${token}`;
    await enqueueMail(tx, { tenantId: tenant.id, to: account.email, language: ctx.language, template: 'password-reset', params: { firstName: person!.firstName, link }, now });
    await recordAudit(tx, { ...ctx, tenantId: tenant.id }, [{ action: 'create', objectType: 'passwordReset', objectId: account.id }]);
  });
}

/**
 * Follows a reset link: the link is used up, every session of the account ends, and a new session starts that must
 * pass a second step and then set a new password. The second step is the one a sign-in would ask: the e-mailed code,
 * or, for a professional the tenant holds to "an app or a passkey" who has one, only that app (or a recovery code) or
 * passkey: the link arrives by e-mail, so the e-mailed code would prove nothing more than the link did. Someone held
 * by that rule who has neither passes the code and the new password and then meets the enrol gate, as at sign-in.
 */
export async function confirmPasswordReset(services: Services, ctx: RequestContext, input: { organisation: string; token: string }) {
  const refused = validation([{ field: 'token', code: 'expired' }]);
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) throw refused;
  const now = services.clock();
  const result = await inTenant(services.database.owner, tenant.id, async (tx) => {
    const [reset] = await tx.select().from(passwordResets).where(and(eq(passwordResets.tokenHash, tokenHash(input.token)), isNull(passwordResets.usedAt)));
    if (!reset || reset.expiresAt <= now) return null;
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, reset.accountId));
    if (!account || account.status !== 'active') return null;
    const person = await findPerson(tx, account.personId);
    const [firstRole] = await rolesOf(tx, account.id);
    if (!firstRole) return null;
    await tx.update(passwordResets).set({ usedAt: now }).where(eq(passwordResets.id, reset.id));
    await tx.update(accounts).set({ mustChangePassword: true, updatedAt: now }).where(eq(accounts.id, account.id));
    await tx.update(sessions).set({ endedAt: now }).where(and(eq(sessions.accountId, account.id), isNull(sessions.endedAt)));
    const { id: sessionId, token, csrfToken } = await openSession(tx, { tenantId: tenant.id, accountId: account.id, role: firstRole, stage: 'email-code', userAgent: ctx.userAgent, now, signInMethod: 'reset-link' });
    // Only the rule changes the step: anyone else passes by the e-mailed code, as the reset always asked.
    const factors = await secondFactorsOf(tx, tenant.id, account.id);
    const methods: ReturnType<typeof secondStepMethods> = factors.strongRequired ? secondStepMethods(factors) : ['email-code'];
    if (methods[0] === 'email-code') {
      await sendSignInCode(tx, { tenantId: tenant.id, sessionId, email: account.email, firstName: person!.firstName, language: ctx.language, now });
    }
    await recordAudit(tx, { ...ctx, tenantId: tenant.id }, [{ action: 'update', objectType: 'passwordReset', objectId: account.id, details: { used: true, next: methods[0]! } }]);
    return { token, csrfToken, tenantId: tenant.id, methods };
  });
  if (!result) throw refused;
  return result;
}

import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { accounts, emailChanges, people, residentProfiles, tenants } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { enqueueMail } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';
import { emailTaken, ensureProfileRow } from '../repository.js';

export const EMAIL_CHANGE_VALID_MS = 24 * 60 * 60 * 1000;

/** Only the SHA-256 of the token is stored: a leaked table confirms nothing. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

interface ChangeRequest {
  tenantId: string;
  accountId: string;
  /** The current login name: it gets a notice that a change was asked for. */
  currentEmail: string;
  newEmail: string;
  firstName: string;
  now: Date;
}

/**
 * Asks for a new e-mail address: an earlier pending request is replaced, a single-use link valid 24 hours goes to the
 * new address and a notice to the current one. Nothing changes until the link is followed.
 */
export async function requestEmailChange(tx: Tx, services: Services, ctx: RequestContext, change: ChangeRequest): Promise<string> {
  const { tenantId, accountId, now } = change;
  await tx
    .update(emailChanges)
    .set({ replacedAt: now })
    .where(and(eq(emailChanges.accountId, accountId), isNull(emailChanges.usedAt), isNull(emailChanges.replacedAt)));
  const token = randomBytes(32).toString('base64url');
  const [row] = await tx
    .insert(emailChanges)
    .values({ tenantId, accountId, newEmail: change.newEmail, tokenHash: hashOf(token), expiresAt: new Date(now.getTime() + EMAIL_CHANGE_VALID_MS), createdAt: now })
    .returning({ id: emailChanges.id });
  const [tenant] = await tx.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, tenantId));
  const link = `${services.config.publicUrl}/profiel/email-bevestigen?organisatie=${encodeURIComponent(tenant!.slug)}&token=${token}`;
  const params = { firstName: change.firstName };
  await enqueueMail(tx, { tenantId, to: change.newEmail, language: ctx.language, template: 'email-change-confirm', params: { ...params, link }, now });
  await enqueueMail(tx, { tenantId, to: change.currentEmail, language: ctx.language, template: 'email-change-notice', params, now });
  return row!.id;
}

/**
 * Follows the link from the mail, signed in or not: the new address becomes the person's e-mail and the account's
 * login name, unless another account of the tenant took it meanwhile. Unknown links are `invalid`; used, replaced or
 * expired ones `expired`.
 */
export async function confirmEmailChange(services: Services, ctx: RequestContext, input: { organisation: string; token: string }) {
  const invalid = validation([{ field: 'token', code: 'invalid' }]);
  const [tenant] = await services.database.owner.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, input.organisation));
  if (!tenant) throw invalid;
  const now = services.clock();
  await inTenant(services.database.owner, tenant.id, async (tx) => {
    const [change] = await tx.select().from(emailChanges).where(eq(emailChanges.tokenHash, hashOf(input.token)));
    if (!change) throw invalid;
    if (change.usedAt || change.replacedAt || change.expiresAt <= now) throw validation([{ field: 'token', code: 'expired' }]);
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, change.accountId));
    if (!account || account.status === 'deactivated') throw invalid;
    if (await emailTaken(tx, change.newEmail, account.id)) throw validation([{ field: 'email', code: 'taken' }]);
    const [person] = await tx.select({ kind: people.kind }).from(people).where(eq(people.id, account.personId));
    await tx.update(accounts).set({ email: change.newEmail, version: account.version + 1, updatedAt: now }).where(eq(accounts.id, account.id));
    await tx.update(people).set({ email: change.newEmail, version: sql`${people.version} + 1`, updatedAt: now }).where(eq(people.id, account.personId));
    if (person?.kind === 'resident') {
      // The profile's version moves too: a form opened before still shows the old address and must not send it back.
      await ensureProfileRow(tx, tenant.id, account.personId);
      await tx
        .update(residentProfiles)
        .set({ version: sql`${residentProfiles.version} + 1`, updatedAt: now })
        .where(eq(residentProfiles.personId, account.personId));
    }
    await tx.update(emailChanges).set({ usedAt: now }).where(eq(emailChanges.id, change.id));
    const residentId = person?.kind === 'resident' ? account.personId : null;
    await recordAudit(tx, { ...ctx, tenantId: tenant.id }, [
      { action: 'update', objectType: 'emailChange', objectId: change.id, residentId, details: { confirmed: true } },
      { action: 'update', objectType: 'account', objectId: account.id, residentId, field: 'email' },
      { action: 'update', objectType: 'profile', objectId: account.personId, residentId, field: 'email' },
    ]);
  });
}

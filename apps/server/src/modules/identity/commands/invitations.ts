import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { accountRoles, accounts, invitations, people, tenants } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Language } from '../../../platform/i18n.js';
import { enqueueMail } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';
import { settingsOf } from '../../tenancy/index.js';
import { hashPassword } from '../password.js';
import { passwordProblems } from '../password-policy.js';
import { invitationPolicy } from '../policy.js';
import { findAccountByEmail, findPerson, findTenantBySlug } from '../repository.js';
import { newToken, tokenHash } from '../tokens.js';

export interface InviteInput {
  kind: 'resident' | 'relative';
  firstName: string;
  infix?: string | undefined;
  surname: string;
  email: string;
  language: Language;
}

/**
 * Writes a fresh link for an invited account (older ones stop working) and mails it, in the caller's transaction;
 * the caller has authorized the invitation (a coach for a resident, the administrator for a professional). The
 * invitation's language becomes the person's mail language, until they choose one in the app.
 */
export async function sendInvitation(services: Services, tx: Tx, input: { tenantId: string; accountId: string; email: string; firstName: string; invitedBy: string | null; language: Language }) {
  const now = services.clock();
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, input.tenantId));
  const { invitationValidDays } = await settingsOf(tx, input.tenantId);
  await tx.execute(sql`update person set language = ${input.language} where id = (select person_id from account where id = ${input.accountId}::uuid)`);
  await tx.update(invitations).set({ replacedAt: now }).where(and(eq(invitations.accountId, input.accountId), isNull(invitations.usedAt), isNull(invitations.replacedAt)));
  const token = newToken();
  const expiresAt = new Date(now.getTime() + invitationValidDays * 86_400_000);
  await tx.insert(invitations).values({ tenantId: input.tenantId, accountId: input.accountId, invitedByPersonId: input.invitedBy, tokenHash: tokenHash(token), expiresAt, createdAt: now });
  const link = `${services.config.publicUrl}/uitnodiging?organisatie=${encodeURIComponent(tenant!.slug)}&token=${token}`;
  await enqueueMail(tx, {
    tenantId: input.tenantId,
    to: input.email,
    language: input.language,
    template: 'invitation',
    params: { firstName: input.firstName, organisation: tenant!.name, days: String(invitationValidDays), link },
    now,
  });
  return expiresAt;
}

/** A professional invites a resident or relative: person, account (invited, no password yet), role, link by mail. */
export async function invite(services: Services, ctx: RequestContext, input: InviteInput) {
  const subject = subjectOf(ctx);
  invitationPolicy.authorize(subject, 'create', { tenantId: subject.tenantId, kind: input.kind });
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    if (await findAccountByEmail(tx, input.email)) throw validation([{ field: 'email', code: 'taken' }]);
    const [person] = await tx
      .insert(people)
      .values({ tenantId: subject.tenantId, kind: input.kind, firstName: input.firstName, infix: input.infix ?? null, surname: input.surname, email: input.email })
      .returning({ id: people.id });
    const [account] = await tx
      .insert(accounts)
      .values({ tenantId: subject.tenantId, personId: person!.id, email: input.email, status: 'invited', mustChangePassword: false })
      .returning({ id: accounts.id });
    await tx.insert(accountRoles).values({ tenantId: subject.tenantId, accountId: account!.id, role: input.kind });
    const expiresAt = await sendInvitation(services, tx, { tenantId: subject.tenantId, accountId: account!.id, email: input.email, firstName: input.firstName, invitedBy: subject.personId, language: input.language });
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'invitation', objectId: account!.id, residentId: input.kind === 'resident' ? person!.id : null, details: { kind: input.kind } }]);
    return { accountId: account!.id, expiresAt };
  });
}

/**
 * Gives a person who is already known (a relative listed on a dossier) an account and mails the invitation, inside
 * the caller's transaction and under the caller's authorization: the dossier decides who may invite whom.
 */
export async function inviteKnownPerson(
  services: Services,
  tx: Tx,
  input: { tenantId: string; personId: string; kind: 'resident' | 'relative'; email: string; firstName: string; invitedBy: string; language: Language },
) {
  if (await findAccountByEmail(tx, input.email)) throw validation([{ field: 'email', code: 'taken' }]);
  const [account] = await tx
    .insert(accounts)
    .values({ tenantId: input.tenantId, personId: input.personId, email: input.email, status: 'invited', mustChangePassword: false })
    .returning({ id: accounts.id });
  await tx.insert(accountRoles).values({ tenantId: input.tenantId, accountId: account!.id, role: input.kind });
  const expiresAt = await sendInvitation(services, tx, { ...input, accountId: account!.id });
  return { accountId: account!.id, expiresAt };
}

async function invitationByToken(tx: Tx, token: string) {
  const [row] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash(token)));
  return row ?? null;
}

/** What the link is worth now: for the page that opens it, before the person types anything. */
export async function checkInvitation(services: Services, input: { organisation: string; token: string }) {
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) return { status: 'invalid' as const, firstName: null };
  return inTenant(services.database.owner, tenant.id, async (tx) => {
    const invitation = await invitationByToken(tx, input.token);
    if (!invitation) return { status: 'invalid' as const, firstName: null };
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, invitation.accountId));
    const person = await findPerson(tx, account!.personId);
    const status = invitation.usedAt || account!.status !== 'invited' ? 'used' : invitation.replacedAt || invitation.expiresAt <= services.clock() ? 'expired' : 'valid';
    return { status: status as 'valid' | 'expired' | 'used', firstName: status === 'valid' ? person!.firstName : null };
  });
}

/** Makes the account with the chosen password; the link is used up. Signing in (with the e-mailed code) comes next. */
export async function acceptInvitation(services: Services, ctx: RequestContext, input: { organisation: string; token: string; newPassword: string }) {
  const refused = validation([{ field: 'token', code: 'expired' }]);
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) throw refused;
  const now = services.clock();
  await inTenant(services.database.owner, tenant.id, async (tx) => {
    const invitation = await invitationByToken(tx, input.token);
    if (!invitation || invitation.usedAt || invitation.replacedAt || invitation.expiresAt <= now) throw refused;
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, invitation.accountId));
    if (!account || account.status !== 'invited') throw refused;
    const person = await findPerson(tx, account.personId);
    const { passwordMinLength } = await settingsOf(tx, tenant.id);
    const problems = passwordProblems(input.newPassword, { email: account.email, firstName: person!.firstName, surname: person!.surname }, passwordMinLength);
    if (problems.length > 0) throw validation(problems);
    await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, invitation.id));
    await tx
      .update(accounts)
      .set({ passwordHash: await hashPassword(input.newPassword), status: 'active', version: account.version + 1, updatedAt: now })
      .where(eq(accounts.id, account.id));
    await recordAudit(tx, { ...ctx, tenantId: tenant.id }, [{ action: 'update', objectType: 'invitation', objectId: account.id, details: { accepted: true } }]);
  });
}

/** An expired link can ask for a new one, sent to the invited address; the answer is the same whatever the token. */
export async function renewInvitation(services: Services, ctx: RequestContext, input: { organisation: string; token: string }) {
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) return;
  await inTenant(services.database.owner, tenant.id, async (tx) => {
    const invitation = await invitationByToken(tx, input.token);
    if (!invitation || invitation.usedAt) return;
    const [latest] = await tx.select().from(invitations).where(eq(invitations.accountId, invitation.accountId)).orderBy(desc(invitations.createdAt)).limit(1);
    if (latest && latest.id !== invitation.id && services.clock().getTime() - latest.createdAt.getTime() < 60_000) return;
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, invitation.accountId));
    if (!account || account.status !== 'invited') return;
    const person = await findPerson(tx, account.personId);
    await sendInvitation(services, tx, { tenantId: tenant.id, accountId: account.id, email: account.email, firstName: person!.firstName, invitedBy: invitation.invitedByPersonId, language: ctx.language });
    await recordAudit(tx, { ...ctx, tenantId: tenant.id }, [{ action: 'create', objectType: 'invitation', objectId: account.id, details: { renewed: true } }]);
  });
}

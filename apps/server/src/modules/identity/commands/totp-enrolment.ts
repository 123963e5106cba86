import { and, eq, isNull } from 'drizzle-orm';
import { accounts, recoveryCodes, totpCredentials } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { lastStrongFactor, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { enrollingSubject } from '../gates.js';
import { mayRemoveStrongFactor, secondFactorsOf } from '../passkeys.js';
import { totpPolicy } from '../policy.js';
import type { Services } from '../../../platform/services.js';
import { checkTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpEnrolment } from '../totp.js';

/** Starts enrolment of an authenticator app: a new secret, not yet in use until a code from the app confirms it. */
export async function startTotpEnrolment(services: Services, ctx: RequestContext) {
  const subject = enrollingSubject(ctx);
  const secret = newTotpSecret();
  const email = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await tx.delete(totpCredentials).where(and(eq(totpCredentials.accountId, subject.accountId), isNull(totpCredentials.confirmedAt)));
    const [confirmed] = await tx.select().from(totpCredentials).where(eq(totpCredentials.accountId, subject.accountId));
    if (confirmed) await tx.delete(totpCredentials).where(eq(totpCredentials.id, confirmed.id));
    await tx.insert(totpCredentials).values({ tenantId: subject.tenantId, accountId: subject.accountId, secretEncrypted: services.cipher.encrypt(secret) });
    const [account] = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, subject.accountId));
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'totpCredential', objectId: subject.accountId, details: { confirmed: false } }]);
    return account!.email;
  });
  return totpEnrolment(secret, email);
}

/** Confirms the app with one code from it; returns ten recovery codes, shown this once and stored hashed. */
export async function confirmTotpEnrolment(services: Services, ctx: RequestContext, code: string) {
  const subject = enrollingSubject(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [credential] = await tx
      .select()
      .from(totpCredentials)
      .where(and(eq(totpCredentials.accountId, subject.accountId), isNull(totpCredentials.confirmedAt)));
    if (!credential) throw validation([{ field: 'code', code: 'expired' }]);
    const step = await checkTotp(services.cipher.decrypt(credential.secretEncrypted), code, now, null);
    if (step === null) throw validation([{ field: 'code', code: 'invalid' }]);
    await tx.update(totpCredentials).set({ confirmedAt: now, lastTimeStep: step }).where(eq(totpCredentials.id, credential.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, subject.accountId));
    const codes = newRecoveryCodes();
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ tenantId: subject.tenantId, accountId: subject.accountId, codeHash: recoveryCodeHash(c) })));
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'totpCredential', objectId: subject.accountId, details: { confirmed: true } }]);
    return { recoveryCodes: codes };
  });
}

/**
 * Unlinks the authenticator app and its recovery codes; the e-mailed code is the second step again. Refused (409) when
 * the tenant demands an app or passkey of this professional and the app is the last of them.
 */
export async function removeTotp(services: Services, ctx: RequestContext) {
  const subject = enrollingSubject(ctx);
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const object = await totpObjectOf(tx, subject.tenantId, subject.accountId);
    if (object.linked) {
      if (object.lastStrongFactor) throw lastStrongFactor();
      totpPolicy.authorize(subject, 'remove', object);
    }
    await tx.delete(totpCredentials).where(eq(totpCredentials.accountId, subject.accountId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.accountId, subject.accountId));
    await recordAudit(tx, ctx, [{ action: 'delete', objectType: 'totpCredential', objectId: subject.accountId }]);
  });
}

/** The account's app as the policy sees it: whether one is linked, and whether it is the last strong factor. */
export async function totpObjectOf(tx: Tx, tenantId: string, accountId: string) {
  const factors = await secondFactorsOf(tx, tenantId, accountId);
  return { tenantId, accountId, linked: factors.totp, lastStrongFactor: factors.totp && !mayRemoveStrongFactor(factors) };
}

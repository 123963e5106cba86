import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { accounts, recoveryCodes, totpCredentials } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { nextStepOf, stageAfterSecondFactor } from '../gates.js';
import type { ActiveSession } from '../session.js';
import { recordFailure, secondsLocked } from '../throttle.js';
import { checkTotp, recoveryCodeHash } from '../totp.js';
import { renewSession } from '../open-session.js';

export async function confirmedTotp(tx: Tx, accountId: string) {
  const [credential] = await tx
    .select()
    .from(totpCredentials)
    .where(and(eq(totpCredentials.accountId, accountId), isNotNull(totpCredentials.confirmedAt)));
  return credential ?? null;
}

/**
 * The second step by authenticator app, or by one of the recovery codes. Five wrong tries lock the step for this
 * session (the e-mailed code can still be asked for); a code of a period already used is refused (replay).
 */
export async function verifyTotpStep(services: Services, ctx: RequestContext, session: ActiveSession, input: { code?: string | undefined; recoveryCode?: string | undefined }) {
  const now = services.clock();
  const field = input.recoveryCode ? 'recoveryCode' : 'code';
  const key = [`totp:${session.id}`];
  const verdict = await inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    if ((await secondsLocked(tx, ctx.tenantId!, key, now)) > 0) return { ok: false as const, code: 'tooManyAttempts' as const };
    const credential = await confirmedTotp(tx, session.accountId);
    if (!credential) return { ok: false as const, code: 'invalid' as const };
    let accepted = false;
    if (input.recoveryCode) {
      const updated = await tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.accountId, session.accountId), eq(recoveryCodes.codeHash, recoveryCodeHash(input.recoveryCode)), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      accepted = updated.length === 1;
    } else if (input.code) {
      const step = await checkTotp(services.cipher.decrypt(credential.secretEncrypted), input.code, now, credential.lastTimeStep);
      if (step !== null) {
        await tx.update(totpCredentials).set({ lastTimeStep: step }).where(eq(totpCredentials.id, credential.id));
        accepted = true;
      }
    }
    if (!accepted) {
      await recordFailure(tx, ctx.tenantId!, key, now);
      await recordAudit(tx, ctx, [{ action: 'login-failed', objectType: 'session', objectId: session.id, outcome: 'denied', reason: `wrong ${field}` }]);
      return { ok: false as const, code: 'invalid' as const };
    }
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, session.accountId));
    const stage = await stageAfterSecondFactor(tx, account!, ctx.language);
    const { token, csrfToken } = await renewSession(tx, session.id, { stage, signInMethod: field === 'code' ? 'password+app' : 'password+recovery-code' });
    await recordAudit(tx, ctx, [{ action: 'login', objectType: 'account', objectId: session.accountId, details: { step: field === 'code' ? 'totp' : 'recovery-code' } }]);
    return { ok: true as const, token, csrfToken, next: nextStepOf(stage) };
  });
  if (!verdict.ok) throw validation([{ field, code: verdict.code }]);
  return verdict;
}

import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { accounts, signInCodes } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { tooManyRequests, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { stageAfterSecondFactor, nextStepOf } from '../gates.js';
import { findPerson } from '../repository.js';
import type { ActiveSession } from '../session.js';
import { CODE_MAX_ATTEMPTS, codeHash, currentCode, RESEND_AFTER_MS, sendSignInCode } from '../sign-in-code.js';
import { renewSession } from '../open-session.js';

type Verdict = { ok: true; token: string; csrfToken: string; next: ReturnType<typeof nextStepOf> } | { ok: false; code: 'invalid' | 'expired' | 'tooManyAttempts' };

/**
 * Checks the e-mailed code. Right: the session moves on and gets a new token (its rights change). Wrong: the attempt
 * counts, and after five the code is dead. Expired, used or replaced codes never work.
 */
export async function verifyEmailCode(services: Services, ctx: RequestContext, session: ActiveSession, code: string) {
  const now = services.clock();
  const verdict: Verdict = await inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    const current = await currentCode(tx, session.id);
    if (!current || current.usedAt || current.expiresAt <= now) return { ok: false, code: 'expired' };
    if (current.attempts >= CODE_MAX_ATTEMPTS) return { ok: false, code: 'tooManyAttempts' };
    const expected = Buffer.from(current.codeHash);
    const given = Buffer.from(codeHash(session.id, code));
    if (!timingSafeEqual(expected, given)) {
      await tx.update(signInCodes).set({ attempts: current.attempts + 1 }).where(eq(signInCodes.id, current.id));
      await recordAudit(tx, ctx, [{ action: 'login-failed', objectType: 'session', objectId: session.id, outcome: 'denied', reason: 'wrong e-mail code' }]);
      return { ok: false, code: current.attempts + 1 >= CODE_MAX_ATTEMPTS ? 'tooManyAttempts' : 'invalid' };
    }
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, session.accountId));
    const stage = await stageAfterSecondFactor(tx, account!, ctx.language);
    await tx.update(signInCodes).set({ usedAt: now }).where(eq(signInCodes.id, current.id));
    const { token, csrfToken } = await renewSession(tx, session.id, { stage, signInMethod: 'password+email-code' });
    await recordAudit(tx, ctx, [{ action: 'login', objectType: 'account', objectId: session.accountId, details: { step: 'email-code' } }]);
    return { ok: true, token, csrfToken, next: nextStepOf(stage) };
  });
  if (!verdict.ok) throw validation([{ field: 'code', code: verdict.code }]);
  return verdict;
}

/** Sends a new code, which makes the old one useless; at most one per 30 seconds. */
export async function resendEmailCode(services: Services, ctx: RequestContext, session: ActiveSession) {
  const now = services.clock();
  await inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    const current = await currentCode(tx, session.id);
    // The first code of a session with an authenticator app is sent only on request; later ones at most every 30 s.
    const waitMs = current ? current.createdAt.getTime() + RESEND_AFTER_MS - now.getTime() : 0;
    if (waitMs > 0) throw tooManyRequests(Math.ceil(waitMs / 1000));
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, session.accountId));
    const person = await findPerson(tx, account!.personId);
    await sendSignInCode(tx, { tenantId: ctx.tenantId!, sessionId: session.id, email: account!.email, firstName: person!.firstName, language: ctx.language, now });
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'signInCode', objectId: session.id }]);
  });
}

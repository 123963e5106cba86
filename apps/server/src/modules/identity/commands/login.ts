import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { invalidCredentials, tooManyRequests } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { enqueueMail, mailLanguage } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';
import { verifyPassword } from '../password.js';
import { findAccountByEmail, findPerson, findTenantBySlug, rolesOf } from '../repository.js';
import { settingsOf } from '../../tenancy/index.js';
import { openSession } from '../open-session.js';
import { sendSignInCode } from '../sign-in-code.js';
import { secondFactorsOf, secondStepMethods } from '../passkeys.js';
import { clearFailures, LOCK_MINUTES, recordFailure, secondsLocked, throttleKeys } from '../throttle.js';

export interface LoginInput {
  email: string;
  password: string;
  organisation: string;
}

export interface LoginResult {
  tenantId: string;
  token: string;
  csrfToken: string;
  next: SecondStep;
  methods: SecondStep[];
}

type SecondStep = 'email-code' | 'totp' | 'passkey';
type Outcome = { kind: 'ok'; token: string; csrfToken: string; methods: SecondStep[] } | { kind: 'denied' } | { kind: 'locked'; seconds: number };

/**
 * Checks e-mail, password and organisation, then opens a session that still needs the e-mailed code. Every failure
 * answers the same 401 after the same work (an unknown account is verified against a decoy hash); throttling is keyed
 * on the typed address, so a locked unknown address answers like a locked known one. Failures are logged, and the
 * failure count and log entry commit although the login fails.
 */
export async function login(services: Services, ctx: RequestContext, input: LoginInput): Promise<LoginResult> {
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) {
    await verifyPassword(null, input.password);
    throw invalidCredentials();
  }
  const now = services.clock();
  const keys = throttleKeys(input.email, ctx.clientIp);
  const loggedCtx = { ...ctx, tenantId: tenant.id };
  const outcome: Outcome = await inTenant(services.database.owner, tenant.id, async (tx) => {
    const locked = await secondsLocked(tx, tenant.id, keys, now);
    if (locked > 0) {
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', outcome: 'denied', reason: 'throttled' }]);
      return { kind: 'locked', seconds: locked };
    }
    const account = await findAccountByEmail(tx, input.email);
    const passwordOk = await verifyPassword(account?.status === 'active' ? account.passwordHash : null, input.password);
    const [firstRole] = account && passwordOk ? await rolesOf(tx, account.id) : [];
    const person = account ? await findPerson(tx, account.personId) : null;
    if (!account || !passwordOk || !firstRole || !person) {
      const { lockoutThreshold } = await settingsOf(tx, tenant.id);
      const { lockedNow } = await recordFailure(tx, tenant.id, keys, now, lockoutThreshold);
      if (lockedNow && account && person) {
        // In the account holder's language: the request that locked the account may well be someone else's.
        await enqueueMail(tx, { tenantId: tenant.id, to: account.email, language: mailLanguage(person.language), template: 'account-locked', params: { firstName: person.firstName, minutes: String(LOCK_MINUTES) }, now });
      }
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', objectId: account?.id ?? null, outcome: 'denied' }]);
      return { kind: 'denied' };
    }
    await clearFailures(tx, tenant.id, keys);
    const { id: sessionId, token, csrfToken } = await openSession(tx, { tenantId: tenant.id, accountId: account.id, role: firstRole, stage: 'email-code', userAgent: ctx.userAgent, now, signInMethod: 'password' });
    // With an authenticator app or a passkey that is the second step; the e-mailed code stays available on request,
    // unless the tenant demands an app or passkey of this professional.
    const methods = secondStepMethods(await secondFactorsOf(tx, tenant.id, account.id));
    if (methods[0] === 'email-code') {
      await sendSignInCode(tx, { tenantId: tenant.id, sessionId, email: account.email, firstName: person.firstName, language: ctx.language, now });
    }
    await recordAudit(tx, loggedCtx, [{ action: 'login', objectType: 'account', objectId: account.id, details: { step: 'password' } }]);
    return { kind: 'ok', token, csrfToken, methods };
  });
  if (outcome.kind === 'locked') throw tooManyRequests(outcome.seconds);
  if (outcome.kind === 'denied') throw invalidCredentials();
  return { tenantId: tenant.id, token: outcome.token, csrfToken: outcome.csrfToken, next: outcome.methods[0]!, methods: outcome.methods };
}

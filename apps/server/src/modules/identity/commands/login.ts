import { sessions } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { unauthorized } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { verifyPassword } from '../password.js';
import { findAccountByEmail, findTenantBySlug, rolesOf } from '../repository.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../session-cookie.js';
import { newToken, tokenHash } from '../tokens.js';

export interface LoginInput {
  email: string;
  password: string;
  organisation: string;
}

export interface LoginResult {
  tenantId: string;
  token: string;
  next: 'change-password' | 'done';
}

/**
 * Checks e-mail, password and organisation and opens a session. Every failure answers the same 401 after the same
 * work (an unknown account is verified against a decoy hash), so the answer does not tell whether an account exists.
 * A failure for a known tenant is logged, and the log entry commits even though the login fails.
 */
export async function login(services: Services, ctx: RequestContext, input: LoginInput): Promise<LoginResult> {
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) {
    await verifyPassword(null, input.password);
    throw unauthorized();
  }
  const now = services.clock();
  const loggedCtx = { ...ctx, tenantId: tenant.id };
  const outcome = await inTenant(services.database.owner, tenant.id, async (tx) => {
    const account = await findAccountByEmail(tx, input.email);
    const passwordOk = await verifyPassword(account?.status === 'active' ? account.passwordHash : null, input.password);
    if (!account || !passwordOk) {
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', objectId: account?.id ?? null, outcome: 'denied' }]);
      return null;
    }
    const [firstRole] = await rolesOf(tx, account.id);
    if (!firstRole) {
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', objectId: account.id, outcome: 'denied', reason: 'no role' }]);
      return null;
    }
    const token = newToken();
    await tx.insert(sessions).values({
      tenantId: tenant.id,
      accountId: account.id,
      tokenHash: tokenHash(token),
      csrfToken: newToken(),
      role: firstRole.role,
      organisationId: firstRole.organisationId,
      userAgent: ctx.userAgent,
      idleExpiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    });
    const actor = { personId: account.personId, accountId: account.id, role: firstRole.role, organisationId: firstRole.organisationId, teamIds: [], superuserOfTeamIds: [] };
    await recordAudit(tx, { ...loggedCtx, actor }, [{ action: 'login', objectType: 'account', objectId: account.id }]);
    return { token, next: account.mustChangePassword ? ('change-password' as const) : ('done' as const) };
  });
  if (!outcome) throw unauthorized();
  return { tenantId: tenant.id, ...outcome };
}

import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { stageAfterSecondFactor } from '../gates.js';
import { findAccountByBsnHash, rolesOf } from '../repository.js';
import { openSession } from '../open-session.js';

export interface PendingDigid {
  tenantId: string;
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
}

/**
 * Signs in the person whose BSN the broker vouched for. DigiD counts as both factors; the terms gate still applies.
 * An unknown BSN is logged without the number and answers null.
 */
export async function signInWithBsn(services: Services, ctx: RequestContext, tenantId: string, bsn: string) {
  const now = services.clock();
  const loggedCtx = { ...ctx, tenantId };
  return inTenant(services.database.owner, tenantId, async (tx) => {
    const account = await findAccountByBsnHash(tx, services.cipher.lookupHash(bsn));
    const [firstRole] = account ? await rolesOf(tx, account.id) : [];
    if (!account || !firstRole) {
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', outcome: 'denied', reason: 'no account for this BSN', details: { method: 'digid' } }]);
      return null;
    }
    const stage = await stageAfterSecondFactor(tx, { id: account.id, mustChangePassword: false });
    const { token } = await openSession(tx, { tenantId, accountId: account.id, role: firstRole, stage, userAgent: ctx.userAgent, now, signInMethod: 'digid' });
    const actor = { personId: account.personId, accountId: account.id, role: firstRole.role, organisationId: firstRole.organisationId, teamIds: [], superuserOfTeamIds: [] };
    await recordAudit(tx, { ...loggedCtx, actor }, [{ action: 'login', objectType: 'account', objectId: account.id, details: { method: 'digid' } }]);
    return { token, stage };
  });
}

import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { BrokerFlow } from '../../../platform/oidc/index.js';
import type { Role } from '../../../platform/policy/policy.js';
import type { Services } from '../../../platform/services.js';
import { stageAfterSecondFactor } from '../gates.js';
import { openSession } from '../open-session.js';

/** What the start of a broker sign-in keeps (encrypted, in a short-lived cookie) for its callback. */
export interface PendingBrokerSignIn {
  tenantId: string;
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
}

export interface BrokerMatch {
  account: { id: string; personId: string };
  role: { role: Role; organisationId: string | null };
}

/**
 * Signs in the account the broker's identity points to (`find`, inside the tenant). The broker counts as both
 * factors; the terms gate still applies. No match is logged as a failed sign-in without the identity and answers null.
 */
export async function signInThroughBroker(
  services: Services,
  ctx: RequestContext,
  tenantId: string,
  method: BrokerFlow,
  find: (tx: Tx) => Promise<BrokerMatch | null>,
  unknownReason: string,
) {
  const now = services.clock();
  const loggedCtx = { ...ctx, tenantId };
  return inTenant(services.database.owner, tenantId, async (tx) => {
    const match = await find(tx);
    if (!match) {
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', outcome: 'denied', reason: unknownReason, details: { method } }]);
      return null;
    }
    const { account, role } = match;
    const stage = await stageAfterSecondFactor(tx, { id: account.id, mustChangePassword: false }, null);
    const { token } = await openSession(tx, { tenantId, accountId: account.id, role, stage, userAgent: ctx.userAgent, now, signInMethod: method });
    const actor = { personId: account.personId, accountId: account.id, role: role.role, organisationId: role.organisationId, teamIds: [], superuserOfTeamIds: [] };
    await recordAudit(tx, { ...loggedCtx, actor }, [{ action: 'login', objectType: 'account', objectId: account.id, details: { method } }]);
    return { token, stage };
  });
}

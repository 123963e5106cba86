import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { rolesOf } from '../repository.js';
import { renewSession } from '../open-session.js';

/**
 * Makes another of the account's roles the active one. Rights change, so the session token and CSRF token are
 * replaced: a token captured before the switch does not carry the new rights.
 */
export async function switchRole(services: Services, ctx: RequestContext, sessionId: string, role: string): Promise<{ token: string }> {
  const actor = ctx.actor!;
  return inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    const held = (await rolesOf(tx, actor.accountId)).find((r) => r.role === role);
    if (!held) throw validation([{ field: 'role', code: 'invalid' }]);
    const { token } = await renewSession(tx, sessionId, { role: held.role, organisationId: held.organisationId });
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'session', objectId: sessionId, field: 'role', details: { from: actor.role, to: held.role } }]);
    return { token };
  });
}

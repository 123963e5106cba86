import { and, eq, isNull } from 'drizzle-orm';
import { sessions } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';

/** Ends this session, or with `everywhere` every session of the account. */
export async function logout(services: Services, ctx: RequestContext, sessionId: string, everywhere: boolean): Promise<void> {
  const actor = ctx.actor!;
  await inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    const scope = everywhere ? eq(sessions.accountId, actor.accountId) : eq(sessions.id, sessionId);
    await tx.update(sessions).set({ endedAt: services.clock() }).where(and(scope, isNull(sessions.endedAt)));
    await recordAudit(tx, ctx, [{ action: 'logout', objectType: 'session', objectId: everywhere ? null : sessionId, details: { everywhere } }]);
  });
}

import { eq } from 'drizzle-orm';
import { sessions, termsAcceptances } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { currentTerms } from '../gates.js';
import type { ActiveSession } from '../session.js';

/** Records acceptance of the version the person read; an older version than the current one is refused. */
export async function acceptTerms(services: Services, ctx: RequestContext, session: ActiveSession, version: number) {
  await inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    const terms = await currentTerms(tx);
    if (!terms || terms.version !== version) throw validation([{ field: 'version', code: 'outdated' }]);
    await tx
      .insert(termsAcceptances)
      .values({ tenantId: ctx.tenantId!, accountId: session.accountId, version, acceptedAt: services.clock() })
      .onConflictDoNothing();
    await tx.update(sessions).set({ stage: 'active' }).where(eq(sessions.id, session.id));
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'termsAcceptance', objectId: session.accountId, details: { version } }]);
  });
}

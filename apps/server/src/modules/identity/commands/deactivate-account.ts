import { and, eq, isNull } from 'drizzle-orm';
import { accounts, sessions } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { conflict, notFound, selfLockout } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { findAccountObject } from '../account-repository.js';
import { accountPolicy } from '../policy.js';

/** Deactivates an account and ends its sessions at once; `version` is the version the caller saw. */
export async function deactivateAccount(services: Services, ctx: RequestContext, accountId: string, version: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const account = await findAccountObject(tx, accountId);
    if (!account) throw notFound();
    accountPolicy.authorize(subject, 'read', account);
    if (account.id === subject.accountId) throw selfLockout();
    accountPolicy.authorize(subject, 'deactivate', account);
    if (account.version !== version) throw conflict({ version: account.version, status: account.status });
    await tx
      .update(accounts)
      .set({ status: 'deactivated', version: account.version + 1, updatedAt: now })
      .where(and(eq(accounts.id, accountId), eq(accounts.version, version)));
    await tx.update(sessions).set({ endedAt: now }).where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'account', objectId: accountId, field: 'status', details: { to: 'deactivated' } }]);
  });
}

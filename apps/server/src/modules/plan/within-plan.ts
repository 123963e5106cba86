import { eq, sql } from 'drizzle-orm';
import { dossiers, plans } from '../../db/schema/index.js';
import { recordAudit, type AuditEntry } from '../../platform/audit.js';
import { inTenant, type Tx } from '../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../platform/http/context.js';
import type { Services } from '../../platform/services.js';
import { withOnBehalf } from '../dossier/index.js';
import { planSubject, type PlanRow, type PlanSubject } from './access.js';
import { planPolicy } from './policy.js';

export interface PlanWork {
  services: Services;
  tx: Tx;
  subject: PlanSubject;
  plan: PlanRow;
  now: Date;
  audit: (entries: Array<Omit<AuditEntry, 'residentId'>>) => Promise<void>;
  /** Marks the plan's content as changed: the revision goes up (signatures of older revisions show as older). */
  changed: () => Promise<number>;
}

/**
 * One read or write of one plan: a transaction in the tenant, the caller as seen from the plan (404 without a
 * relation to its dossier or without access to the plan), the work and its audit entries, committed together.
 * A change raises the plan's revision and the dossier's last activity in the same transaction.
 */
export async function withinPlan<T>(services: Services, ctx: RequestContext, planId: string, work: (w: PlanWork) => Promise<T>): Promise<T> {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const { ps, plan } = await planSubject(tx, subject, planId, now);
    planPolicy.authorize(ps, 'read', { tenantId: plan.tenantId });
    const auditContext = withOnBehalf(ctx, ps);
    let revision: number | null = null;
    const result = await work({
      services,
      tx,
      subject: ps,
      plan,
      now,
      audit: (entries) => recordAudit(tx, auditContext, entries.map((entry) => ({ ...entry, residentId: ps.dossier.residentId }))),
      changed: async () => {
        if (revision !== null) return revision;
        const [row] = await tx
          .update(plans)
          .set({ revision: sql`${plans.revision} + 1`, updatedAt: now, lastChangedByPersonId: subject.personId })
          .where(eq(plans.id, planId))
          .returning({ revision: plans.revision });
        await tx.update(dossiers).set({ lastActivityAt: now }).where(eq(dossiers.id, plan.dossierId));
        revision = row!.revision;
        return revision;
      },
    });
    return result;
  });
}

import { eq } from 'drizzle-orm';
import { dossiers } from '../../../db/schema/index.js';
import { recordAudit, type AuditEntry } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf, type DossierSubject } from '../access.js';

export interface DossierWork {
  tx: Tx;
  subject: DossierSubject;
  now: Date;
  /** Appends audit entries for this dossier's resident, on behalf of them when a guardian acts. */
  audit: (entries: Array<Omit<AuditEntry, 'residentId'>>) => Promise<void>;
}

/** Reading a part that needs more than one query, audited like a write but without touching the last activity. */
export const readDossier = <T>(services: Services, ctx: RequestContext, dossierId: string, work: (w: DossierWork) => Promise<T>) =>
  changeDossier(services, ctx, dossierId, work, { touch: false });

/**
 * One write to one dossier: a transaction in the tenant, the caller as seen from the dossier (404 without a
 * relation), the work, its audit entries and the dossier's last activity, all committed together or not at all.
 */
export async function changeDossier<T>(
  services: Services,
  ctx: RequestContext,
  dossierId: string,
  work: (w: DossierWork) => Promise<T>,
  options: { touch?: boolean } = {},
): Promise<T> {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const auditContext = withOnBehalf(ctx, ds);
    const result = await work({
      tx,
      subject: ds,
      now,
      audit: (entries) => recordAudit(tx, auditContext, entries.map((entry) => ({ ...entry, residentId: ds.dossier.residentId }))),
    });
    if (options.touch !== false) await tx.update(dossiers).set({ lastActivityAt: now }).where(eq(dossiers.id, dossierId));
    return result;
  });
}

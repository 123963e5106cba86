import { and, eq } from 'drizzle-orm';
import { visits } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf } from '../../dossier/index.js';
import { visitPolicy } from '../policy.js';
import { presentVisit, visitPart } from '../presenter.js';
import { careDossierOf, findVisit } from '../repository.js';

/** Cancels a visit (kept, marked cancelled): the planning no longer shows it. */
export async function cancelVisit(services: Services, ctx: RequestContext, dossierId: string, visitId: string, version: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const dossier = await careDossierOf(tx, ds, now);
    const current = await findVisit(tx, dossierId, visitId);
    if (!current || current.cancelled_at) throw notFound();
    visitPolicy.authorize(ds, 'delete', visitPart(current, dossier));
    if (current.version !== version) throw conflict(presentVisit(ds, dossier, current));
    await tx
      .update(visits)
      .set({ cancelledAt: now, version: current.version + 1, updatedAt: now })
      .where(and(eq(visits.id, visitId), eq(visits.version, version)));
    await recordAudit(tx, withOnBehalf(ctx, ds), [{ action: 'delete', objectType: 'visit', objectId: visitId, residentId: dossier.residentId }]);
  });
}

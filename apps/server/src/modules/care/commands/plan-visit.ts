import { sql } from 'drizzle-orm';
import { visits } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf } from '../../dossier/index.js';
import { visitPolicy } from '../policy.js';
import { presentVisit } from '../presenter.js';
import { careDossierOf, findVisit } from '../repository.js';
import { checkVisit, type VisitInput } from './visit-input.js';
import { notifyInformedRelatives } from './notify-informed.js';

/** Planning in the dossier is activity for the caseload's "last activity" order. */
export async function touchDossier(tx: Tx, dossierId: string, now: Date) {
  await tx.execute(sql`update dossier set last_activity_at = greatest(last_activity_at, ${now.toISOString()}::timestamptz) where id = ${dossierId}::uuid`);
}

/** Provider staff plan one visit for a dossier referred to their organisation. */
export async function planVisit(services: Services, ctx: RequestContext, dossierId: string, input: VisitInput) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const dossier = await careDossierOf(tx, ds, now);
    const organisationId = subject.organisationId ?? '';
    visitPolicy.authorize(ds, 'create', { tenantId: subject.tenantId, organisationId, kind: input.kind, residentialLocation: dossier.residentialLocation });
    const values = await checkVisit(tx, input, organisationId);
    const [created] = await tx
      .insert(visits)
      .values({ tenantId: subject.tenantId, dossierId, organisationId, ...values })
      .returning({ id: visits.id });
    await touchDossier(tx, dossierId, now);
    await notifyInformedRelatives(services, tx, { tenantId: subject.tenantId, dossierId, now });
    await recordAudit(tx, withOnBehalf(ctx, ds), [{ action: 'create', objectType: 'visit', objectId: created!.id, residentId: dossier.residentId }]);
    return presentVisit(ds, dossier, (await findVisit(tx, dossierId, created!.id))!);
  });
}

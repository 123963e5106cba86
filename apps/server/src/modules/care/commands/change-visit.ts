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
import { checkVisit, type VisitInput } from './visit-input.js';

const changedFields = (before: NonNullable<Awaited<ReturnType<typeof findVisit>>>, after: Awaited<ReturnType<typeof checkVisit>>) =>
  [
    before.kind !== after.kind && 'kind',
    before.professional_first_name !== after.professionalFirstName && 'professionalFirstName',
    before.professional_person_id !== after.professionalPersonId && 'professionalPersonId',
    new Date(before.starts_at).getTime() !== after.startsAt.getTime() && 'startsAt',
    new Date(before.ends_at).getTime() !== after.endsAt.getTime() && 'endsAt',
  ].filter((field): field is string => Boolean(field));

/** Provider staff move or change a visit of their own organisation; `version` is the version they saw. */
export async function changeVisit(services: Services, ctx: RequestContext, dossierId: string, visitId: string, input: VisitInput & { version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const dossier = await careDossierOf(tx, ds, now);
    const current = await findVisit(tx, dossierId, visitId);
    if (!current || current.cancelled_at) throw notFound();
    visitPolicy.authorize(ds, 'update', visitPart(current, dossier));
    if (current.version !== input.version) throw conflict(presentVisit(ds, dossier, current));
    const values = await checkVisit(tx, input, current.organisation_id);
    const fields = changedFields(current, values);
    await tx
      .update(visits)
      .set({ ...values, version: current.version + 1, updatedAt: now })
      .where(and(eq(visits.id, visitId), eq(visits.version, input.version)));
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'update', objectType: 'visit', objectId: visitId, residentId: dossier.residentId, details: { fields: fields.join(',') } },
    ]);
    return presentVisit(ds, dossier, (await findVisit(tx, dossierId, visitId))!);
  });
}

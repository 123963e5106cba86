import { visits } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf } from '../../dossier/index.js';
import { readPlanningCsv } from '../csv.js';
import { visitPolicy } from '../policy.js';
import { careDossierOf } from '../repository.js';
import { touchDossier } from './plan-visit.js';
import { notifyInformedRelatives } from './notify-informed.js';

/**
 * Imports a planning file for one dossier: every row is checked first and any problem refuses the whole file;
 * a good file is stored in one transaction with one audit entry.
 */
export async function importVisits(services: Services, ctx: RequestContext, dossierId: string, csv: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const dossier = await careDossierOf(tx, ds, now);
    const organisationId = subject.organisationId ?? '';
    visitPolicy.authorize(ds, 'create', { tenantId: subject.tenantId, organisationId, kind: 'personalCare', residentialLocation: dossier.residentialLocation });
    const read = readPlanningCsv(csv);
    if (!read.ok) throw validation(read.problems);
    await tx.insert(visits).values(read.visits.map((visit) => ({ tenantId: subject.tenantId, dossierId, organisationId, ...visit })));
    await touchDossier(tx, dossierId, now);
    await notifyInformedRelatives(services, tx, { tenantId: subject.tenantId, dossierId, now });
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'create', objectType: 'visit', residentId: dossier.residentId, details: { dossierId, imported: read.visits.length } },
    ]);
    return { imported: read.visits.length };
  });
}

import { careReports } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf } from '../../dossier/index.js';
import { careReportPolicy } from '../policy.js';
import { presentReport } from '../presenter.js';
import { reportsPage } from '../repository.js';
import { touchDossier } from './plan-visit.js';
import { sql } from 'drizzle-orm';

/** Provider staff write a care report (*rapportage*); the text is encrypted at rest. */
export async function writeReport(services: Services, ctx: RequestContext, dossierId: string, input: { text: string; visibleToResident: boolean }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const organisationId = subject.organisationId ?? '';
    careReportPolicy.authorize(ds, 'create', { tenantId: subject.tenantId, organisationId, visibleToResident: input.visibleToResident });
    const [created] = await tx
      .insert(careReports)
      .values({
        tenantId: subject.tenantId,
        dossierId,
        organisationId,
        authorPersonId: subject.personId,
        writtenAt: now,
        textEncrypted: services.cipher.encrypt(input.text),
        visibleToResident: input.visibleToResident,
      })
      .returning({ id: careReports.id });
    await touchDossier(tx, dossierId, now);
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'create', objectType: 'careReport', objectId: created!.id, residentId: ds.dossier.residentId, details: { visibleToResident: input.visibleToResident } },
    ]);
    const [row] = await reportsPage(tx, [{ dossierId, where: sql`id = ${created!.id}::uuid` }], 1, 1);
    return presentReport(ds, services.cipher, row!);
  });
}

import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf } from '../../dossier/index.js';
import { documentPolicy } from '../policy.js';
import { presentDocument, documentPart } from '../presenter.js';
import { findDocument, markRemoved, removeContent } from '../repository.js';

/**
 * Removes a document from the dossier's list and deletes its stored bytes in the same transaction; the row (description,
 * file name, who added it) stays for the record and the audit log. `version` is the one the caller saw.
 */
export async function deleteDocument(services: Services, ctx: RequestContext, dossierId: string, documentId: string, version: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const dossier = await dossierSubject(tx, subject, dossierId, now);
    const row = await findDocument(tx, dossierId, documentId);
    if (!row) throw notFound();
    documentPolicy.authorize(dossier, 'delete', documentPart(row));
    if (row.version !== version || !(await markRemoved(tx, documentId, version, now))) throw conflict(presentDocument(dossier, row));
    const bytesRemoved = await removeContent(tx, documentId);
    await recordAudit(tx, withOnBehalf(ctx, dossier), [
      { action: 'delete', objectType: 'document', objectId: documentId, residentId: dossier.dossier.residentId, details: { dossierId, bytesRemoved } },
    ]);
  });
}

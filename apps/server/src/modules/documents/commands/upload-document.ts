import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { caseWorkers, dossierSubject, hasRelation, withOnBehalf } from '../../dossier/index.js';
import { documentPolicy } from '../policy.js';
import { insertDocument } from '../repository.js';
import type { DocumentUpload } from '../upload.js';

/**
 * Adds a document to a dossier. Only the dossier's professionals choose whether the resident sees it; what a resident
 * or relative adds is always visible to the resident. Metadata, bytes and the audit entry commit together.
 */
export async function uploadDocument(services: Services, ctx: RequestContext, dossierId: string, upload: DocumentUpload): Promise<string> {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const dossier = await dossierSubject(tx, subject, dossierId, now);
    const visibleToResident = hasRelation(dossier, caseWorkers) ? (upload.visibleToResident ?? false) : true;
    documentPolicy.authorize(dossier, 'create', { tenantId: subject.tenantId, visibleToResident, addedByPersonId: subject.personId });
    const documentId = await insertDocument(tx, {
      tenantId: subject.tenantId,
      dossierId,
      description: upload.description,
      fileName: upload.fileName,
      mediaType: upload.mediaType,
      category: upload.category,
      visibleToResident,
      addedByPersonId: subject.personId,
      bytes: upload.bytes,
      at: now,
    });
    await recordAudit(tx, withOnBehalf(ctx, dossier), [
      {
        action: 'create',
        objectType: 'document',
        objectId: documentId,
        residentId: dossier.dossier.residentId,
        details: { dossierId, category: upload.category, visibleToResident, sizeBytes: upload.bytes.length, mediaType: upload.mediaType },
      },
    ]);
    return documentId;
  });
}

/** Whether the caller may add documents to the dossier at all (404 without relation, 403 when only reading). */
export async function mayUpload(services: Services, ctx: RequestContext, dossierId: string): Promise<void> {
  const subject = subjectOf(ctx);
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const dossier = await dossierSubject(tx, subject, dossierId, services.clock());
    documentPolicy.authorize(dossier, 'create', { tenantId: subject.tenantId, visibleToResident: true, addedByPersonId: subject.personId });
  });
}

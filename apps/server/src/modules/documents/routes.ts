import multipart from '@fastify/multipart';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { subjectOf } from '../../platform/http/context.js';
import { caseWorkers, dossierSubject, hasRelation } from '../dossier/index.js';
import { problemResponse } from '../platform/schema.js';
import { deleteDocument } from './commands/delete-document.js';
import { mayUpload, uploadDocument } from './commands/upload-document.js';
import { attachmentDisposition, MAX_DOCUMENT_BYTES } from './file-check.js';
import { documentPolicy } from './policy.js';
import { documentPart, presentDocument } from './presenter.js';
import { findDocument, listDocuments, readContent } from './repository.js';
import { deleteBody, documentList, documentParams, dossierParams, uploadForm } from './schema.js';
import { multipartLimits, readDocumentUpload } from './upload.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };

/** Documents and attachments of a dossier (*documenten en bijlagen*). Multipart parsing is registered for this plugin only. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  await app.register(multipart, { limits: multipartLimits });

  app.get(
    '/api/dossiers/:dossierId/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'The dossier’s documents the caller may see, newest first (residents and relatives: those visible to the resident)',
        params: dossierParams,
        response: { 200: documentList, ...problems },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const { dossierId } = request.params;
      return inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const dossier = await dossierSubject(tx, subject, dossierId, services.clock());
        // A relation that may not read even a document shared with the resident has no documents part at all.
        const own = { tenantId: subject.tenantId, visibleToResident: true, addedByPersonId: subject.personId };
        if (!documentPolicy.can(dossier, 'read', own)) throw notFound();
        const rows = await listDocuments(tx, dossierId, documentPolicy.where(dossier, 'read'));
        await recordAudit(tx, request.ctx, [
          { action: 'read', objectType: 'document', residentId: dossier.dossier.residentId, details: { dossierId, listed: rows.length } },
        ]);
        return {
          items: rows.map((row) => presentDocument(dossier, row)),
          policies: documentPolicy.can(dossier, 'create', own) ? (['create'] as const) : [],
          choosesVisibility: hasRelation(dossier, caseWorkers),
        };
      });
    },
  );

  app.post(
    '/api/dossiers/:dossierId/documents',
    {
      schema: {
        tags: ['documents'],
        summary: `Adds a document (multipart/form-data: description, category, visibleToResident, file; at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB)`,
        description:
          'The type is sniffed from the content: PDF, JPEG, PNG, HEIC/HEIF, WebP, DOCX, XLSX, ODT or UTF-8 text (.txt). Anything else is refused with field `file`, code `fileType`; a larger file with 413, code `tooLarge`.',
        consumes: ['multipart/form-data'],
        params: dossierParams,
        body: uploadForm,
        response: { 201: z.object({ id: z.uuid() }), ...problems, 413: problemResponse },
      },
      // The form is read as a stream by readDocumentUpload (after the access check); `body` is there for the API description.
      validatorCompiler: (route) => (route.httpPart === 'body' ? () => ({ value: undefined }) : validatorCompiler(route as never)),
    },
    async (request, reply) => {
      const { dossierId } = request.params;
      // Who may add is settled before the upload is read: a refusal should not depend on (or reveal) the file.
      await mayUpload(services, request.ctx, dossierId);
      const upload = await readDocumentUpload(request);
      const id = await uploadDocument(services, request.ctx, dossierId, upload);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/dossiers/:dossierId/documents/:documentId/content',
    {
      schema: {
        tags: ['documents'],
        summary: 'The document’s bytes, as an attachment with the sniffed type',
        params: documentParams,
        response: { 200: z.unknown().meta({ description: 'The file, with its sniffed type' }), 401: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      const subject = subjectOf(request.ctx);
      const { dossierId, documentId } = request.params;
      const { row, bytes } = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const dossier = await dossierSubject(tx, subject, dossierId, services.clock());
        const found = await findDocument(tx, dossierId, documentId);
        if (!found) throw notFound();
        documentPolicy.authorize(dossier, 'read', documentPart(found));
        const content = await readContent(tx, documentId);
        if (!content) throw notFound();
        await recordAudit(tx, request.ctx, [
          { action: 'read', objectType: 'document', objectId: documentId, residentId: dossier.dossier.residentId, details: { dossierId, download: true } },
        ]);
        return { row: found, bytes: content };
      });
      return reply
        .header('content-type', row.media_type === 'text/plain' ? 'text/plain; charset=utf-8' : row.media_type)
        .header('content-disposition', attachmentDisposition(row.file_name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.delete(
    '/api/dossiers/:dossierId/documents/:documentId',
    {
      schema: {
        tags: ['documents'],
        summary: 'Removes a document from the dossier (kept for the record); 409 with the current version when stale',
        params: documentParams,
        body: deleteBody,
        response: { 204: z.null(), ...problems, 409: problemResponse },
      },
    },
    async (request, reply) => {
      await deleteDocument(services, request.ctx, request.params.dossierId, request.params.documentId, request.body.version);
      return reply.status(204).send(null);
    },
  );
};

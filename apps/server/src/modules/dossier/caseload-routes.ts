import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { forbidden, validation } from '../../platform/errors.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { listAccessLog } from './access-log.js';
import { isProfessionalRole } from './access.js';
import { presentCaseloadItem, searchCaseload } from './caseload.js';
import { readDossier } from './commands/within-dossier.js';
import { accessLogPolicy, journalPolicy } from './policy.js';
import { presentJournal } from './presenter.js';
import { loadJournalPage } from './repository.js';
import { accessLogEntry, caseloadItem, caseloadQuery, dossierParams, journalEntry, pageQuery } from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };

/** The workspace's caseload, the journal page by page, and the access log a resident reads. */
export const caseloadRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/caseload',
    {
      schema: {
        tags: ['dossier'],
        summary: 'My caseload (mine, my team’s) by last activity; scope=tenant searches outside my reach to break the glass',
        querystring: caseloadQuery,
        response: {
          200: z.object({
            items: z.array(caseloadItem),
            total: z.number().int().meta({ description: 'Matches, counted up to 500; with totalIsLowerBound there are more' }),
            totalIsLowerBound: z.boolean().meta({ description: 'More than `total` match: ask for a sharper search' }),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const query = request.query;
      const professional = isProfessionalRole(subject.role) || subject.role === 'providerProfessional';
      if (!professional) throw forbidden();
      if (query.scope === 'tenant' && (!isProfessionalRole(subject.role) || !query.q || query.q.length < 3)) {
        throw validation([{ field: 'q', code: query.q ? 'tooShort' : 'required' }]);
      }
      const now = services.clock();
      const found = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const result = await searchCaseload(tx, subject, now, query);
        await recordAudit(
          tx,
          request.ctx,
          result.rows.map((row) => ({ action: 'read' as const, objectType: 'caseload', objectId: row.id, residentId: row.resident_id, details: { scope: query.scope } })),
        );
        return result;
      });
      return { items: found.rows.map(presentCaseloadItem), total: found.total, totalIsLowerBound: found.totalIsLowerBound };
    },
  );

  app.get(
    '/api/dossiers/:dossierId/journal',
    {
      schema: {
        tags: ['dossier'],
        summary: 'The contact journal page by page, newest first (residents and relatives: only entries visible to them)',
        params: dossierParams,
        querystring: pageQuery,
        response: { 200: z.object({ items: z.array(journalEntry), total: z.number().int() }), ...problems },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return readDossier(services, request.ctx, request.params.dossierId, async ({ tx, subject, audit }) => {
        journalPolicy.authorize(subject, 'read', { tenantId: subject.tenantId, visibleToResident: true, authorPersonId: subject.personId });
        const found = await loadJournalPage(tx, subject, request.ctx.language, page, pageSize);
        const items = presentJournal(subject, found.journal, services.cipher);
        await audit([{ action: 'read', objectType: 'journalEntry', objectId: request.params.dossierId, details: { count: items.length, page } }]);
        return { items, total: found.journal_total };
      });
    },
  );

  app.get(
    '/api/dossiers/:dossierId/access-log',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Wie heeft mijn gegevens bekeken: who of which organisation read or changed this resident’s data, newest first',
        params: dossierParams,
        querystring: pageQuery,
        response: { 200: z.object({ items: z.array(accessLogEntry), total: z.number().int() }), ...problems },
      },
    },
    async (request) =>
      readDossier(services, request.ctx, request.params.dossierId, async ({ tx, subject, audit }) => {
        accessLogPolicy.authorize(subject, 'read', { tenantId: subject.tenantId });
        const result = await listAccessLog(tx, subject.dossier.residentId, request.query.page, request.query.pageSize);
        await audit([{ action: 'read', objectType: 'accessLog', objectId: request.params.dossierId, details: { page: request.query.page } }]);
        return result;
      }),
  );
};

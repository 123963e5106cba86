import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import type { DossierSubject } from './access.js';
import { listCatalogue } from './catalogue.js';
import { dossierPolicy } from './policy.js';
import { presentAction, presentDossierPage, presentDossierSummary } from './presenter.js';
import { findDossierRow, listMyOpenActions, listReachableDossiers, loadDossierParts, subjectForRow } from './repository.js';
import { catalogueItem, dossierAction, dossierPage, dossierParams, dossierSummary } from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 404: problemResponse };
const journalOnPage = 50;

/** Reading dossiers: the resident's and relative's list, one dossier's page, *Mijn acties*, the catalogues. */
export const dossierReadRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/dossiers',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Every dossier the caller has a relation to (Mijn dossiers), open ones first, closed ones with date and reason',
        response: { 200: z.object({ items: z.array(dossierSummary) }), ...problems },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const now = services.clock();
      const rows = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const found = await listReachableDossiers(tx, subject, now);
        await recordAudit(
          tx,
          request.ctx,
          found.map((row) => ({ action: 'read' as const, objectType: 'dossier', objectId: row.id, residentId: row.resident.id, details: { view: 'list' } })),
        );
        return found;
      });
      return { items: rows.map(presentDossierSummary) };
    },
  );

  app.get(
    '/api/dossiers/:dossierId',
    {
      schema: {
        tags: ['dossier'],
        summary: 'The dossier page: every part the caller may see, each with the actions the caller may take',
        params: dossierParams,
        response: { 200: dossierPage, ...problems },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const now = services.clock();
      return inTenant(services.database.owner, subject.tenantId, async (tx) => {
        // One query gives the dossier and how the caller stands to it; no relation reads as no dossier.
        const row = await findDossierRow(tx, subject, request.params.dossierId, now);
        if (!row || row.relations.length === 0) throw notFound();
        const ds = subjectForRow(subject, row);
        dossierPolicy.authorize(ds, 'read', { tenantId: ds.tenantId });
        const parts = await loadDossierParts(tx, ds, request.ctx.language, journalOnPage);
        const page = presentDossierPage(ds, row, parts, services.cipher);
        const residentId = ds.dossier.residentId;
        const read = (objectType: string, count?: number) => ({
          action: 'read' as const,
          objectType,
          objectId: row.id,
          residentId,
          ...(count === undefined ? {} : { details: { count } }),
        });
        await recordAudit(tx, request.ctx, [
          read('dossier'),
          read('journalEntry', page.journal.items.length),
          read('planSection', page.planSections.length),
          read('specialistService', page.services.length),
          read('involvedParty', page.involvedParties.length),
          ...(page.relatives ? [read('relativeAccess', page.relatives.length)] : []),
          ...(page.actions ? [read('action', page.actions.length)] : []),
        ]);
        return page;
      });
    },
  );

  app.get(
    '/api/me/actions',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Mijn acties: open actions of every open dossier of the resident (or of whom the caller is guardian)',
        response: { 200: z.object({ items: z.array(dossierAction.extend({ fileNumber: z.string() })) }), ...problems },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const now = services.clock();
      return inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const rows = await listMyOpenActions(tx, subject, now, request.ctx.language);
        const items = [];
        const residents = new Map<string, string>();
        for (const row of rows) {
          const { dossierId } = row.action;
          const ds: DossierSubject = {
            ...subject,
            dossier: { tenantId: subject.tenantId, dossierId, residentId: row.resident_id, teamId: row.team_id, closed: false, relations: row.relations, selfDetermined: row.self_determined },
          };
          residents.set(dossierId, row.resident_id);
          items.push({ ...presentAction(ds, row.action), fileNumber: row.file_number });
        }
        await recordAudit(
          tx,
          request.ctx,
          [...residents].map(([dossierId, residentId]) => ({ action: 'read' as const, objectType: 'action', objectId: dossierId, residentId })),
        );
        return { items };
      });
    },
  );

  app.get(
    '/api/catalogue',
    {
      schema: {
        tags: ['dossier'],
        summary: 'The tenant’s active catalogues in the caller’s language: contact types, life domains, standard actions, closing reasons',
        response: {
          200: z.object({
            contactType: z.array(catalogueItem),
            lifeDomain: z.array(catalogueItem),
            standardAction: z.array(catalogueItem),
            closingReason: z.array(catalogueItem),
          }),
          401: problemResponse,
        },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      return inTenant(services.database.owner, subject.tenantId, (tx) => listCatalogue(tx, request.ctx.language));
    },
  );
};

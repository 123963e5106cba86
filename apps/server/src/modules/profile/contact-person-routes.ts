import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { createContactPerson, removeContactPerson, updateContactPerson } from './commands/contact-persons.js';
import { contactPersonPolicy } from './policy.js';
import { presentContactPerson } from './presenter.js';
import { listContactPersons, onBehalf, requireResidentPart } from './repository.js';
import {
  contactPersonBody,
  contactPersonList,
  contactPersonParams,
  contactPersonResponse,
  contactPersonUpdateBody,
  residentParams,
  versionQuery,
} from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };

/** *Contactpersonen*: the people a resident lists in their own contact details (GP, pharmacy, carer …). */
export const contactPersonRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/residents/:personId/contact-persons',
    {
      schema: {
        tags: ['profile'],
        summary: 'The resident’s contact persons, for the resident, a guardian and the dossier’s professionals',
        params: residentParams,
        response: { 200: contactPersonList, ...problems },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const { personId } = request.params;
      return inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const part = await requireResidentPart(tx, subject, personId, services.clock());
        contactPersonPolicy.authorize(subject, 'read', part);
        const rows = await listContactPersons(tx, personId);
        await recordAudit(tx, onBehalf(request.ctx, subject, part), [
          { action: 'read', objectType: 'contactPerson', residentId: personId, details: { listed: rows.length } },
        ]);
        return {
          items: rows.map((row) => presentContactPerson(subject, part, row)),
          policies: contactPersonPolicy.permitted(subject, part).filter((action) => action === 'read' || action === 'create'),
        };
      });
    },
  );

  app.post(
    '/api/residents/:personId/contact-persons',
    {
      schema: {
        tags: ['profile'],
        summary: 'Add a contact person',
        params: residentParams,
        body: contactPersonBody,
        response: { 201: contactPersonResponse, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await createContactPerson(services, request.ctx, request.params.personId, request.body)),
  );

  app.put(
    '/api/residents/:personId/contact-persons/:id',
    {
      schema: {
        tags: ['profile'],
        summary: 'Change a contact person; `version` is the one the caller saw (409 with the current one when stale)',
        params: contactPersonParams,
        body: contactPersonUpdateBody,
        response: { 200: contactPersonResponse, 409: problemResponse, ...problems },
      },
    },
    async (request) => updateContactPerson(services, request.ctx, request.params.personId, request.params.id, request.body),
  );

  app.delete(
    '/api/residents/:personId/contact-persons/:id',
    {
      schema: {
        tags: ['profile'],
        summary: 'Remove a contact person (kept for the audit trail, no longer shown); ?version= as seen by the caller',
        params: contactPersonParams,
        querystring: versionQuery,
        response: { 204: z.null(), 409: problemResponse, ...problems },
      },
    },
    async (request, reply) => {
      await removeContactPerson(services, request.ctx, request.params.personId, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
};

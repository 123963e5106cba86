import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { addAction, markActionDone, removeAction, updateAction } from './commands/actions.js';
import { removeInvolvedParty, removeService, saveInvolvedParty, saveService } from './commands/facts.js';
import { addJournalEntry, updateJournalEntry } from './commands/journal.js';
import { breakGlass, closeDossier, openDossier } from './commands/lifecycle.js';
import { planSectionHistory, savePlanSection } from './commands/plan-section.js';
import { addRelative, inviteResident, revokeRelative, updateRelative } from './commands/relatives.js';
import {
  actionBody,
  actionDoneBody,
  actionUpdateBody,
  breakGlassBody,
  closeBody,
  createDossierBody,
  dossierParams,
  involvedPartyBody,
  involvedPartyUpdateBody,
  inviteResidentBody,
  journalBody,
  journalUpdateBody,
  planSectionBody,
  planSectionParams,
  planSectionRevision,
  relativeBody,
  relativeParams,
  relativeUpdateBody,
  serviceBody,
  serviceUpdateBody,
  versionBody,
} from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse };
const created = z.object({ id: z.uuid(), version: z.number().int() });
const versioned = z.object({ version: z.number().int() });
const entryParams = dossierParams.extend({ entryId: z.uuid() });
const actionParams = dossierParams.extend({ actionId: z.uuid() });
const serviceParams = dossierParams.extend({ serviceId: z.uuid() });
const partyParams = dossierParams.extend({ partyId: z.uuid() });

/** Writing to a dossier: every route is parse → command (authorize, version check, write, audit in one transaction). */
export const dossierWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const tags = ['dossier'];

  app.post(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'Open a dossier in one of my teams, for a known resident or a new one (a known BSN links to the same person)',
        body: createDossierBody,
        response: { 201: z.object({ id: z.uuid(), fileNumber: z.string(), residentId: z.uuid() }), ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await openDossier(services, request.ctx, request.body)),
  );

  app.post(
    '/api/dossiers/:dossierId/close',
    { schema: { tags, summary: 'Close a dossier with a date and a reason from the catalogue; it becomes read-only', params: dossierParams, body: closeBody, response: { 200: versioned, ...problems } } },
    async (request) => closeDossier(services, request.ctx, request.params.dossierId, request.body),
  );

  app.post(
    '/api/dossiers/:dossierId/break-glass',
    {
      schema: {
        tags,
        summary: 'Doorbraak: open a dossier outside my reach for eight hours; the reason is logged and shown to the resident',
        params: dossierParams,
        body: breakGlassBody,
        response: { 201: z.object({ expiresAt: z.iso.datetime() }), ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await breakGlass(services, request.ctx, request.params.dossierId, request.body.reason)),
  );

  app.post(
    '/api/dossiers/:dossierId/journal',
    { schema: { tags, summary: 'Add a contact note', params: dossierParams, body: journalBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await addJournalEntry(services, request.ctx, request.params.dossierId, request.body)),
  );
  app.put(
    '/api/dossiers/:dossierId/journal/:entryId',
    { schema: { tags, summary: 'Correct my own contact note', params: entryParams, body: journalUpdateBody, response: { 200: created, ...problems } } },
    async (request) => updateJournalEntry(services, request.ctx, request.params.dossierId, request.params.entryId, request.body),
  );

  app.post(
    '/api/dossiers/:dossierId/actions',
    { schema: { tags, summary: 'Add an action (free text or a standard action)', params: dossierParams, body: actionBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await addAction(services, request.ctx, request.params.dossierId, request.body)),
  );
  app.put(
    '/api/dossiers/:dossierId/actions/:actionId',
    { schema: { tags, summary: 'Change an action', params: actionParams, body: actionUpdateBody, response: { 200: created, ...problems } } },
    async (request) => updateAction(services, request.ctx, request.params.dossierId, request.params.actionId, request.body),
  );
  app.post(
    '/api/dossiers/:dossierId/actions/:actionId/done',
    {
      schema: {
        tags,
        summary: 'Tick an action off (or undo that); the resident may do this',
        params: actionParams,
        body: actionDoneBody,
        response: { 200: created.extend({ doneOn: z.iso.date().nullable() }), ...problems },
      },
    },
    async (request) => markActionDone(services, request.ctx, request.params.dossierId, request.params.actionId, request.body),
  );
  app.delete(
    '/api/dossiers/:dossierId/actions/:actionId',
    { schema: { tags, summary: 'Remove an action', params: actionParams, body: versionBody, response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      await removeAction(services, request.ctx, request.params.dossierId, request.params.actionId, request.body.version);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/dossiers/:dossierId/plan-sections/:kind',
    {
      schema: {
        tags,
        summary: 'Save a plan text section; 409 with the other person’s text when it changed since `version`',
        params: planSectionParams,
        body: planSectionBody,
        response: { 200: z.object({ kind: z.string(), version: z.number().int(), updatedAt: z.iso.datetime() }), ...problems },
      },
    },
    async (request) => savePlanSection(services, request.ctx, request.params.dossierId, request.params.kind, request.body),
  );
  app.get(
    '/api/dossiers/:dossierId/plan-sections/:kind/history',
    { schema: { tags, summary: 'Every earlier text of a plan section, newest first', params: planSectionParams, response: { 200: z.object({ items: z.array(planSectionRevision) }), ...problems } } },
    async (request) => ({ items: await planSectionHistory(services, request.ctx, request.params.dossierId, request.params.kind) }),
  );

  app.post(
    '/api/dossiers/:dossierId/services',
    { schema: { tags, summary: 'Record a specialist service', params: dossierParams, body: serviceBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await saveService(services, request.ctx, request.params.dossierId, null, request.body)),
  );
  app.put(
    '/api/dossiers/:dossierId/services/:serviceId',
    { schema: { tags, summary: 'Change a specialist service', params: serviceParams, body: serviceUpdateBody, response: { 200: created, ...problems } } },
    async (request) => saveService(services, request.ctx, request.params.dossierId, request.params.serviceId, request.body),
  );
  app.delete(
    '/api/dossiers/:dossierId/services/:serviceId',
    { schema: { tags, summary: 'Remove a specialist service', params: serviceParams, body: versionBody, response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      await removeService(services, request.ctx, request.params.dossierId, request.params.serviceId, request.body.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/dossiers/:dossierId/involved-parties',
    { schema: { tags, summary: 'List an involved person or organisation (no login, no rights)', params: dossierParams, body: involvedPartyBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await saveInvolvedParty(services, request.ctx, request.params.dossierId, null, request.body)),
  );
  app.put(
    '/api/dossiers/:dossierId/involved-parties/:partyId',
    { schema: { tags, summary: 'Change an involved party', params: partyParams, body: involvedPartyUpdateBody, response: { 200: created, ...problems } } },
    async (request) => saveInvolvedParty(services, request.ctx, request.params.dossierId, request.params.partyId, request.body),
  );
  app.delete(
    '/api/dossiers/:dossierId/involved-parties/:partyId',
    { schema: { tags, summary: 'Remove an involved party', params: partyParams, body: versionBody, response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      await removeInvolvedParty(services, request.ctx, request.params.dossierId, request.params.partyId, request.body.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/dossiers/:dossierId/relatives',
    {
      schema: {
        tags,
        summary: 'List a relative with an access level, and optionally invite them to sign in',
        params: dossierParams,
        body: relativeBody,
        response: { 201: z.object({ personId: z.uuid() }), ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await addRelative(services, request.ctx, request.params.dossierId, request.body)),
  );
  app.post(
    '/api/dossiers/:dossierId/invite-resident',
    {
      schema: {
        tags,
        summary: 'Invite the resident of the dossier to sign in (an account and a single-use link by e-mail)',
        params: dossierParams,
        body: inviteResidentBody,
        response: { 201: z.object({ expiresAt: z.iso.datetime() }), ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await inviteResident(services, request.ctx, request.params.dossierId, request.body.email)),
  );
  app.put(
    '/api/dossiers/:dossierId/relatives/:personId',
    { schema: { tags, summary: 'Change a relative’s level; it applies to their next request', params: relativeParams, body: relativeUpdateBody, response: { 200: versioned, ...problems } } },
    async (request) => updateRelative(services, request.ctx, request.params.dossierId, request.params.personId, request.body),
  );
  app.delete(
    '/api/dossiers/:dossierId/relatives/:personId',
    {
      schema: {
        tags,
        summary: 'Withdraw a relative’s access at once (the resident may do this)',
        params: relativeParams,
        body: versionBody,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await revokeRelative(services, request.ctx, request.params.dossierId, request.params.personId, request.body.version);
      return reply.code(204).send(null);
    },
  );
};

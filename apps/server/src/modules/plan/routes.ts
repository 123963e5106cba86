import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { fieldHistory, saveField } from './commands/fields.js';
import { addAction, addGoal, addMeasurement, correctMeasurement, measurementHistory, removeItem, setGoalStatus } from './commands/goals.js';
import { createPlan, listPlans, readPlan, readRights, saveGoalRights, saveRights } from './commands/plans.js';
import { addScoreSet, correctScoreSet, scoreSetHistory } from './commands/scores.js';
import { exportPlanPdf, signaturePdf } from './commands/pdf.js';
import { signPlan } from './commands/signatures.js';
import { previewUpgrade, upgradePlan } from './commands/upgrade.js';
import { attachmentDisposition } from '../documents/file-check.js';
import {
  actionBody,
  blockParams,
  correctionCreated,
  createPlanBody,
  dossierPlansParams,
  fieldView,
  goalBody,
  goalParams,
  goalRightsBody,
  goalStatusBody,
  historyQuery,
  historyResponse,
  itemParams,
  measurementBody,
  measurementCorrectionBody,
  measurementCorrectionParams,
  measurementHistory as measurementHistoryView,
  planList,
  planParams,
  planView,
  rightsBody,
  rightsView,
  saveFieldBody,
  scoreSetBody,
  scoreSetCorrectionBody,
  scoreSetCorrectionParams,
  scoreSetHistory as scoreSetHistoryView,
  signBody,
  upgradeBody,
  upgradePreview,
  versionBody,
} from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse };
const tags = ['plan'];
const created = z.object({ id: z.uuid() });

/** The integrated plan: reading it as far as one may, and every write, each a thin call into its command. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get('/api/dossiers/:dossierId/plans', { schema: { tags, summary: 'The plans of a dossier the caller may open', params: dossierPlansParams, response: { 200: planList, ...problems } } }, async (request) =>
    listPlans(services, request.ctx, request.params.dossierId),
  );
  app.post(
    '/api/dossiers/:dossierId/plans',
    { schema: { tags, summary: 'A plan from the latest version of a template, with the user groups that may view or edit it', params: dossierPlansParams, body: createPlanBody, response: { 201: planView, ...problems } } },
    async (request, reply) => reply.code(201).send(await createPlan(services, request.ctx, request.params.dossierId, request.body)),
  );
  app.get('/api/plans/:planId', { schema: { tags, summary: 'The plan with every block and goal the caller may see', params: planParams, response: { 200: planView, ...problems } } }, async (request) =>
    readPlan(services, request.ctx, request.params.planId),
  );
  app.put(
    '/api/plans/:planId/fields',
    { schema: { tags, summary: 'Save one field; 409 with the current value when someone saved in between', params: planParams, body: saveFieldBody, response: { 200: fieldView, ...problems } } },
    async (request) => saveField(services, request.ctx, request.params.planId, request.body),
  );
  app.get(
    '/api/plans/:planId/fields/history',
    { schema: { tags, summary: 'Every earlier value of one field, newest first', params: planParams, querystring: historyQuery, response: { 200: historyResponse, ...problems } } },
    async (request) => fieldHistory(services, request.ctx, request.params.planId, { ...request.query, itemId: request.query.itemId ?? null }),
  );
  app.post(
    '/api/plans/:planId/blocks/:blockKey/goals',
    { schema: { tags, summary: 'Add a goal to a goals block', params: blockParams, body: goalBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await addGoal(services, request.ctx, request.params.planId, request.params.blockKey, request.body)),
  );
  app.post(
    '/api/plans/:planId/blocks/:blockKey/scores',
    { schema: { tags, summary: 'Score a Wat Telt or ZRM block at one moment', params: blockParams, body: scoreSetBody, response: { 201: created.extend({ raterKind: z.string() }), ...problems } } },
    async (request, reply) => reply.code(201).send(await addScoreSet(services, request.ctx, request.params.planId, request.params.blockKey, request.body)),
  );
  app.put(
    '/api/plans/:planId/goals/:goalId/status',
    { schema: { tags, summary: 'Mark a goal achieved, not achieved or stopped, with a reason', params: goalParams, body: goalStatusBody, response: { 200: z.object({ version: z.number().int(), status: z.string() }), ...problems } } },
    async (request) => setGoalStatus(services, request.ctx, request.params.planId, request.params.goalId, request.body),
  );
  app.post(
    '/api/plans/:planId/goals/:goalId/actions',
    { schema: { tags, summary: 'Add an action under a goal', params: goalParams, body: actionBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await addAction(services, request.ctx, request.params.planId, request.params.goalId, request.body)),
  );
  app.post(
    '/api/plans/:planId/goals/:goalId/measurements',
    { schema: { tags, summary: 'Add a measurement to a goal', params: goalParams, body: measurementBody, response: { 201: created, ...problems } } },
    async (request, reply) => reply.code(201).send(await addMeasurement(services, request.ctx, request.params.planId, request.params.goalId, request.body)),
  );
  app.post(
    '/api/plans/:planId/measurements/:measurementId/corrections',
    {
      schema: {
        tags,
        summary: 'Correct a measurement ({value, measuredOn, note}) or take it back ({withdrawn: true, reason}); the earlier row stays. 409 with the current row when it was corrected in between',
        params: measurementCorrectionParams,
        body: measurementCorrectionBody,
        response: { 201: correctionCreated, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await correctMeasurement(services, request.ctx, request.params.planId, request.params.measurementId, request.body)),
  );
  app.get(
    '/api/plans/:planId/goals/:goalId/measurements/history',
    { schema: { tags, summary: 'Every measurement of a goal ever recorded, corrected and withdrawn ones too, newest first', params: goalParams, response: { 200: measurementHistoryView, ...problems } } },
    async (request) => measurementHistory(services, request.ctx, request.params.planId, request.params.goalId),
  );
  app.post(
    '/api/plans/:planId/score-sets/:setId/corrections',
    {
      schema: {
        tags,
        summary: 'Correct a Wat Telt or ZRM scoring moment ({measuredOn, scores}) or take it back ({withdrawn: true}) within one’s own series; 409 with the current set when it was corrected in between',
        params: scoreSetCorrectionParams,
        body: scoreSetCorrectionBody,
        response: { 201: correctionCreated, ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await correctScoreSet(services, request.ctx, request.params.planId, request.params.setId, request.body)),
  );
  app.get(
    '/api/plans/:planId/blocks/:blockKey/scores/history',
    { schema: { tags, summary: 'Every scoring moment of a block ever recorded, corrected and withdrawn ones too, newest first', params: blockParams, response: { 200: scoreSetHistoryView, ...problems } } },
    async (request) => scoreSetHistory(services, request.ctx, request.params.planId, request.params.blockKey),
  );
  app.delete(
    '/api/plans/:planId/items/:itemId',
    { schema: { tags, summary: 'Remove a goal or action from the page (it stays in the history)', params: itemParams, body: versionBody, response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      await removeItem(services, request.ctx, request.params.planId, request.params.itemId, request.body);
      return reply.code(204).send(null);
    },
  );
  app.get('/api/plans/:planId/rights', { schema: { tags, summary: 'Who is linked, with which level per block and goal; user groups', params: planParams, response: { 200: rightsView, ...problems } } }, async (request) =>
    readRights(services, request.ctx, request.params.planId),
  );
  app.put(
    '/api/plans/:planId/rights',
    { schema: { tags, summary: 'Set linked people with their block levels, and user group levels', params: planParams, body: rightsBody, response: { 200: rightsView, ...problems } } },
    async (request) => saveRights(services, request.ctx, request.params.planId, request.body),
  );
  app.put(
    '/api/plans/:planId/goals/:goalId/rights',
    { schema: { tags, summary: 'Per linked person: see, write and measure this goal; carries the rights version (409 with the current rights when stale)', params: goalParams, body: goalRightsBody, response: { 200: rightsView, ...problems } } },
    async (request) => saveGoalRights(services, request.ctx, request.params.planId, request.params.goalId, request.body),
  );
  app.get(
    '/api/plans/:planId/upgrade',
    { schema: { tags, summary: 'What moving the plan to the template’s latest version would change', params: planParams, response: { 200: upgradePreview, ...problems } } },
    async (request) => previewUpgrade(services, request.ctx, request.params.planId),
  );
  app.post(
    '/api/plans/:planId/upgrade',
    { schema: { tags, summary: 'Move the plan to the version previewed; its values and history stay', params: planParams, body: upgradeBody, response: { 200: planView, ...problems } } },
    async (request) => {
      await upgradePlan(services, request.ctx, request.params.planId, request.body);
      return readPlan(services, request.ctx, request.params.planId);
    },
  );
  app.get(
    '/api/plans/:planId/pdf',
    {
      schema: {
        tags,
        summary: 'The plan as the caller may see it, as a tagged PDF (charts as tables), in the language asked for',
        params: planParams,
        querystring: z.object({ lang: z.enum(['nl', 'en']).optional() }),
        response: problems,
      },
    },
    async (request, reply) => {
      const { pdf, title } = await exportPlanPdf(services, { ...request.ctx, language: request.query.lang ?? request.ctx.language }, request.params.planId);
      return sendPdf(reply, pdf, title);
    },
  );
  app.get(
    '/api/plans/:planId/signatures/:signatureId/pdf',
    { schema: { tags, summary: 'The PDF frozen when this signature was made (signer and professionals)', params: planParams.extend({ signatureId: z.uuid() }), response: problems } },
    async (request, reply) => {
      const { pdf, title } = await signaturePdf(services, request.ctx, request.params.planId, request.params.signatureId);
      return sendPdf(reply, pdf, title);
    },
  );
  app.post(
    '/api/plans/:planId/signatures',
    { schema: { tags, summary: 'Sign the current revision for approval or as seen', params: planParams, body: signBody, response: { 201: z.object({ id: z.uuid(), revision: z.number().int() }), ...problems } } },
    async (request, reply) => reply.code(201).send(await signPlan(services, request.ctx, request.params.planId, request.body)),
  );
};

function sendPdf(reply: FastifyReply, pdf: Buffer, title: string) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', attachmentDisposition(`${title.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'plan'}.pdf`))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(pdf);
}

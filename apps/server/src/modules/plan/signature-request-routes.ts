import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { listSignatureRequests, requestSignatures } from './commands/signature-requests.js';
import { planParams } from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };
const kind = z.enum(['approved', 'seen']);

const requestBody = z.object({ personIds: z.array(z.uuid()).min(1).max(20), kind }).strict();
const requestList = z
  .object({
    /** Whom the caller may ask (empty for people on the portal side). */
    candidates: z.array(z.object({ personId: z.uuid(), name: z.string(), relation: z.string() })),
    items: z.array(
      z.object({ id: z.uuid(), personId: z.uuid(), name: z.string(), kind, requestedAt: z.iso.datetime(), requestedBy: z.string(), open: z.boolean() }),
    ),
  })
  .meta({ id: 'PlanSignatureRequests' });

/** Asking linked people to sign a plan, and the requests as the caller may see them. */
export const signatureRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const tags = ['plan'];
  app.get(
    '/api/plans/:planId/signature-requests',
    { schema: { tags, summary: 'Signature requests: all of them for the plan’s editors, one’s own for the portal side', params: planParams, response: { 200: requestList, ...problems } } },
    async (request) => listSignatureRequests(services, request.ctx, request.params.planId),
  );
  app.post(
    '/api/plans/:planId/signature-requests',
    {
      schema: {
        tags,
        summary: 'Ask linked people with portal access to sign the plan; each gets a notice e-mail without plan content',
        params: planParams,
        body: requestBody,
        response: { 201: z.object({ ids: z.array(z.uuid()) }), ...problems },
      },
    },
    async (request, reply) => reply.code(201).send(await requestSignatures(services, request.ctx, request.params.planId, request.body)),
  );
};

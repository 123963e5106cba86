import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { acceptInvitation, checkInvitation, invite, renewInvitation } from './commands/invitations.js';

const linkFields = { organisation: z.string().min(1).max(100), token: z.string().min(20).max(100) };

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    '/api/invitations',
    {
      schema: {
        tags: ['identity'],
        summary: 'Invite a resident or relative: makes the account and mails a single-use link',
        body: z
          .object({
            kind: z.enum(['resident', 'relative']),
            firstName: z.string().trim().min(1).max(100),
            infix: z.string().trim().max(30).optional(),
            surname: z.string().trim().min(1).max(100),
            email: z.email().max(254),
            language: z.enum(['nl', 'en']).default('nl'),
          })
          .strict(),
        response: {
          201: z.object({ accountId: z.uuid(), expiresAt: z.iso.datetime() }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const result = await invite(services, request.ctx, request.body);
      return reply.status(201).send({ accountId: result.accountId, expiresAt: result.expiresAt.toISOString() });
    },
  );

  app.get(
    '/api/invitations/check',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Whether an invitation link still works (valid, expired, used or invalid)',
        querystring: z.object(linkFields),
        response: { 200: z.object({ status: z.enum(['valid', 'expired', 'used', 'invalid']), firstName: z.string().nullable() }), 400: problemResponse },
      },
    },
    async (request) => checkInvitation(services, request.query),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Make the account: choose a password; sign in afterwards',
        body: z.object({ ...linkFields, newPassword: z.string().min(1).max(1000) }).strict(),
        response: { 204: z.null(), 400: problemResponse },
      },
    },
    async (request, reply) => {
      await acceptInvitation(services, request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/invitations/renew',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Ask for a new link for an expired invitation; it goes to the invited address. Same answer always',
        body: z.object(linkFields).strict(),
        response: { 202: z.object({}), 400: problemResponse },
      },
    },
    async (request, reply) => {
      await renewInvitation(services, request.ctx, request.body);
      return reply.status(202).send({});
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { openThread } from './commands/open-thread.js';
import { replyToThread } from './commands/reply.js';
import { startThread } from './commands/start-thread.js';
import { listDossierThreads, listMyThreads, messageRecipients, unreadCount } from './queries.js';
import { dossierParams, paging, recipient, replyBody, startThreadBody, threadList, threadParams, threadView, writableDossier } from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };

/** *Mijn berichten* and the professional's inbox: conversations in a dossier, seen only by their participants. */
export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'My conversations in every dossier I still read, newest activity first, with the unread count',
        querystring: paging,
        response: { 200: threadList.extend({ writableDossiers: z.array(writableDossier) }), ...problems },
      },
    },
    async (request) => listMyThreads(services, request.ctx, request.query),
  );

  app.get(
    '/api/messages/unread-count',
    {
      schema: {
        tags: ['messages'],
        summary: 'How many of my conversations have a message I did not open yet (for the navigation and home page)',
        response: { 200: z.object({ unread: z.number().int() }), ...problems },
      },
    },
    async (request) => unreadCount(services, request.ctx),
  );

  app.get(
    '/api/messages/:threadId',
    {
      schema: {
        tags: ['messages'],
        summary: 'One conversation with every message; marks it read for me. 404 unless I take part in it',
        params: threadParams,
        response: { 200: threadView, ...problems },
      },
    },
    async (request) => openThread(services, request.ctx, request.params.threadId),
  );

  app.post(
    '/api/messages/:threadId/replies',
    {
      schema: {
        tags: ['messages'],
        summary: 'Reply in a conversation I take part in; the others get an e-mail notice without the content',
        params: threadParams,
        body: replyBody,
        response: { 201: z.object({ id: z.uuid(), threadId: z.uuid() }), ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await replyToThread(services, request.ctx, request.params.threadId, request.body)),
  );

  app.get(
    '/api/dossiers/:dossierId/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'My conversations in one dossier (the professional’s inbox per dossier) and whether I may start one',
        params: dossierParams,
        querystring: paging,
        response: { 200: threadList.extend({ dossier: z.object({ id: z.uuid(), fileNumber: z.string() }), policies: z.array(z.literal('start')) }), ...problems },
      },
    },
    async (request) => listDossierThreads(services, request.ctx, request.params.dossierId, request.query),
  );

  app.get(
    '/api/dossiers/:dossierId/message-recipients',
    {
      schema: {
        tags: ['messages'],
        summary: 'Whom I may write to in this dossier',
        params: dossierParams,
        response: { 200: z.object({ items: z.array(recipient) }), ...problems },
      },
    },
    async (request) => messageRecipients(services, request.ctx, request.params.dossierId),
  );

  app.post(
    '/api/dossiers/:dossierId/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Start a conversation with one of the recipients; they get an e-mail notice without the content',
        params: dossierParams,
        body: startThreadBody,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) => {
      const { id } = await startThread(services, request.ctx, request.params.dossierId, request.body);
      return reply.status(201).send({ id });
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { createLibraryQuestion, listLibraryQuestions, setLibraryQuestionArchived, updateLibraryQuestion } from './question-library-commands.js';
import { libraryQuestion, libraryQuestionBody, libraryQuestionParams, libraryQuestionQuery, libraryQuestionUpdateBody, libraryQuestionVersionBody } from './question-library-schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse };
const tags = ['plan'];

/**
 * The question library (*vragenbibliotheek*) of the functional administrator. A questionnaire block takes a copy of a
 * library question; later changes here never reach a template or a published version.
 */
export const questionLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/plan-questions',
    {
      schema: {
        tags,
        summary: 'Library questions sorted by label: the active ones, or with archived=true the archived ones; q searches the label',
        querystring: libraryQuestionQuery,
        response: { 200: z.object({ items: z.array(libraryQuestion) }), ...problems },
      },
    },
    async (request) => ({ items: await listLibraryQuestions(services, request.ctx, request.query) }),
  );
  app.post(
    '/api/plan-questions',
    { schema: { tags, summary: 'A new library question; its key is unique in the tenant (400 naming question.key)', body: libraryQuestionBody, response: { 201: libraryQuestion, ...problems } } },
    async (request, reply) => reply.code(201).send(await createLibraryQuestion(services, request.ctx, request.body)),
  );
  app.put(
    '/api/plan-questions/:questionId',
    {
      schema: { tags, summary: 'Change a library question; 409 with the current question when the version is stale', params: libraryQuestionParams, body: libraryQuestionUpdateBody, response: { 200: libraryQuestion, ...problems } },
    },
    async (request) => updateLibraryQuestion(services, request.ctx, request.params.questionId, request.body),
  );
  app.post(
    '/api/plan-questions/:questionId/archive',
    { schema: { tags, summary: 'Archive a library question (no longer offered); 409 when the version is stale', params: libraryQuestionParams, body: libraryQuestionVersionBody, response: { 200: libraryQuestion, ...problems } } },
    async (request) => setLibraryQuestionArchived(services, request.ctx, request.params.questionId, true, request.body.version),
  );
  app.post(
    '/api/plan-questions/:questionId/restore',
    { schema: { tags, summary: 'Restore an archived library question; 409 when the version is stale', params: libraryQuestionParams, body: libraryQuestionVersionBody, response: { 200: libraryQuestion, ...problems } } },
    async (request) => setLibraryQuestionArchived(services, request.ctx, request.params.questionId, false, request.body.version),
  );
};

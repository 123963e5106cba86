import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { setOwnLanguage } from './commands/set-language.js';

const languageBody = z.object({ language: z.enum(['nl', 'en']) }).strict();

/** The signed-in person's language: the app's, and the one mails to them are written in. */
export const languageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.put(
    '/api/me/language',
    {
      schema: {
        tags: ['identity'],
        summary: 'Choose my language (nl or en): mails others cause to be sent to me are written in it from now on',
        body: languageBody,
        response: { 204: z.null(), 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      await setOwnLanguage(services, request.ctx, request.body.language);
      return reply.status(204).send(null);
    },
  );
};

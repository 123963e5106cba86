import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unavailable } from '../../platform/errors.js';
import { version } from '../../platform/version.js';
import { healthResponse, problemResponse, readyResponse } from './schema.js';

export const platformRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database } = app.services;

  app.get(
    '/api/health',
    { config: { withoutSession: true }, schema: { tags: ['platform'], summary: 'Is the process up', response: { 200: healthResponse } } },
    async () => ({ status: 'ok' as const, database: database.kind, version }),
  );

  app.get(
    '/api/ready',
    // No session lookup: the probe reads the database outside any tenant transaction.
    { config: { withoutSession: true }, schema: { tags: ['platform'], summary: 'Can it serve: the database answers', response: { 200: readyResponse, 503: problemResponse } } },
    async () => {
      try {
        await database.owner.execute(sql`select 1`);
      } catch {
        throw unavailable();
      }
      return { status: 'ready' as const };
    },
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};

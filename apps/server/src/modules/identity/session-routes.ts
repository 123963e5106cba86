import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { deactivateAccount } from './commands/deactivate-account.js';
import { sessionPolicy } from './policy.js';

const sessionSummary = z
  .object({
    id: z.uuid(),
    userAgent: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    current: z.boolean(),
    policies: z.array(z.string()),
  })
  .meta({ id: 'SessionSummary' });

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/me/sessions',
    { schema: { tags: ['identity'], summary: 'My active sessions (devices), newest first', response: { 200: z.object({ items: z.array(sessionSummary) }), 401: problemResponse } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const now = services.clock();
      const rows = await inTenant(services.database.owner, subject.tenantId, (tx) =>
        tx
          .select()
          .from(sessions)
          .where(and(eq(sessions.accountId, subject.accountId), isNull(sessions.endedAt), gt(sessions.idleExpiresAt, now), gt(sessions.absoluteExpiresAt, now)))
          .orderBy(desc(sessions.lastSeenAt)),
      );
      return {
        items: rows.map((s) => ({
          id: s.id,
          userAgent: s.userAgent,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          current: s.id === request.session?.id,
          policies: sessionPolicy.permitted(subject, s),
        })),
      };
    },
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'End one of my sessions',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      const subject = subjectOf(request.ctx);
      await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const [session] = await tx.select().from(sessions).where(and(eq(sessions.id, request.params.id), eq(sessions.accountId, subject.accountId)));
        if (!session) throw notFound();
        sessionPolicy.authorize(subject, 'end', session);
        await tx.update(sessions).set({ endedAt: services.clock() }).where(eq(sessions.id, session.id));
        await recordAudit(tx, request.ctx, [{ action: 'delete', objectType: 'session', objectId: session.id }]);
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/accounts/:id/deactivate',
    {
      schema: {
        tags: ['identity'],
        summary: 'Deactivate an account; its sessions end at once',
        params: z.object({ id: z.uuid() }),
        body: z.object({ version: z.number().int().min(1) }).strict(),
        response: { 204: z.null(), 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse },
      },
    },
    async (request, reply) => {
      await deactivateAccount(services, request.ctx, request.params.id, request.body.version);
      return reply.status(204).send(null);
    },
  );
};

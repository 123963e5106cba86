import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { presentAccount } from './account-presenter.js';
import { listAccounts } from './account-repository.js';
import { accountPolicy } from './policy.js';

const accountSummary = z
  .object({
    id: z.uuid(),
    email: z.string(),
    status: z.enum(['invited', 'active', 'deactivated']),
    version: z.number().int(),
    person: z.object({ firstName: z.string(), infix: z.string().nullable(), surname: z.string() }),
    roles: z.array(z.string()),
    policies: z.array(z.enum(accountPolicy.actions as ['read', ...string[]])),
  })
  .meta({ id: 'AccountSummary' });

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/accounts',
    {
      schema: {
        tags: ['identity'],
        summary: 'Accounts the caller may see: all for functional administrators, their team for a team superuser, else their own',
        querystring: z.object({
          q: z.string().trim().min(1).max(100).optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: z.object({ items: z.array(accountSummary), total: z.number().int() }), 400: problemResponse, 401: problemResponse },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const { q, page, pageSize } = request.query;
      const rows = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const found = await listAccounts(tx, accountPolicy.where(subject, 'read'), q, page, pageSize);
        await recordAudit(tx, request.ctx, [{ action: 'read', objectType: 'account', details: { listed: found.length, page } }]);
        return found;
      });
      return { items: rows.map((row) => presentAccount(subject, row)), total: rows[0]?.total ?? 0 };
    },
  );
};

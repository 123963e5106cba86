import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { subjectOf } from '../../platform/http/context.js';
import { userGroupPolicy } from '../identity/policy.js';
import { problemResponse } from '../platform/schema.js';

const problems = { 401: problemResponse, 403: problemResponse, 404: problemResponse };

export const planGroupChoices = z
  .object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), member: z.boolean() })) })
  .meta({ id: 'PlanGroupChoices' });

/**
 * The user groups a professional chooses from when making a plan (who may view or edit it), each saying whether the
 * caller is a member: the caller must keep edit through one of their own groups. Names only, no members.
 */
export const planGroupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  app.get(
    '/api/plan-groups',
    { schema: { tags: ['plan'], summary: 'User groups to give a new plan to, with whether the caller is a member', response: { 200: planGroupChoices, ...problems } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      userGroupPolicy.authorize(subject, 'read', { tenantId: subject.tenantId, id: '' });
      return inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const rows = await queryRows<{ id: string; name: string; member: boolean }>(
          tx,
          sql`select g.id, g.name,
                exists (select 1 from user_group_member m where m.user_group_id = g.id and m.person_id = ${subject.personId}::uuid) as member
                from user_group g order by g.name`,
        );
        await recordAudit(tx, request.ctx, [{ action: 'read', objectType: 'userGroup', details: { listed: rows.length } }]);
        return { items: rows.map((row) => ({ id: row.id, name: row.name, member: row.member })) };
      });
    },
  );
};

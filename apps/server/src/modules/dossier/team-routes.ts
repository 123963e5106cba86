import { inArray } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teams } from '../../db/schema/index.js';
import { inTenant } from '../../platform/db/index.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { dossierCreationPolicy } from './policy.js';

/** The teams the caller belongs to, with whether they may open dossiers there (the new-dossier form offers these). */
export const myTeamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  app.get(
    '/api/me/teams',
    {
      schema: {
        tags: ['dossier'],
        summary: 'My teams, each with whether I may open a dossier in it',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), teamType: z.string(), canOpenDossier: z.boolean() })) }),
          401: problemResponse,
        },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      if (subject.teamIds.length === 0) return { items: [] };
      const rows = await inTenant(services.database.owner, subject.tenantId, (tx) =>
        tx.select().from(teams).where(inArray(teams.id, [...subject.teamIds])).orderBy(teams.name),
      );
      return {
        items: rows.map((team) => ({
          id: team.id,
          name: team.name,
          teamType: team.teamType,
          canOpenDossier: dossierCreationPolicy.can(subject, 'create', { tenantId: team.tenantId, teamId: team.id }),
        })),
      };
    },
  );
};

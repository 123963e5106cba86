import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inTenant } from '../../platform/db/index.js';
import { listTenants } from './repository.js';
import { tenantListResponse } from './schema.js';

export const tenancyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tenants',
    { schema: { tags: ['tenancy'], summary: 'Organisations one can sign in to', response: { 200: tenantListResponse } } },
    async () => ({ items: await inTenant(app.services.database.owner, null, listTenants) }),
  );
};

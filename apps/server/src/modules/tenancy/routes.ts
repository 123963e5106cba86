import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inTenant } from '../../platform/db/index.js';
import { listTenants } from './repository.js';
import { tenantListResponse } from './schema.js';
import { settingsOf } from './settings.js';

export const tenancyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, relyingParty } = app.services;
  app.get(
    '/api/tenants',
    { schema: { tags: ['tenancy'], summary: 'Organisations one can sign in to, and whether they offer DigiD', response: { 200: tenantListResponse } } },
    async () => {
      const items = await inTenant(database.owner, null, listTenants);
      // A deployment has a handful of tenants: one small read each for its DigiD switch.
      const withDigid = await Promise.all(
        items.map(async (tenant) => ({
          ...tenant,
          digid: Boolean(relyingParty) && (await inTenant(database.owner, tenant.id, (tx) => settingsOf(tx, tenant.id))).digidEnabled,
        })),
      );
      return { items: withDigid.map(({ slug, name, digid }) => ({ slug, name, digid })) };
    },
  );
};

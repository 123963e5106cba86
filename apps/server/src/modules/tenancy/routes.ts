import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inTenant } from '../../platform/db/index.js';
import { listTenants } from './repository.js';
import { tenantListResponse } from './schema.js';
import { settingsOf } from './settings.js';

export const tenancyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, relyingParty } = app.services;
  app.get(
    '/api/tenants',
    { schema: { tags: ['tenancy'], summary: 'Organisations one can sign in to, whether they offer DigiD, eHerkenning and passkeys, and their password length', response: { 200: tenantListResponse } } },
    async () => {
      const items = await inTenant(database.owner, null, listTenants);
      // A deployment has a handful of tenants: one small read each for its DigiD, eHerkenning and passkey switches.
      const withSwitches = await Promise.all(
        items.map(async (tenant) => {
          const settings = await inTenant(database.owner, tenant.id, (tx) => settingsOf(tx, tenant.id));
          return {
            ...tenant,
            digid: Boolean(relyingParty) && settings.digidEnabled,
            eherkenning: Boolean(relyingParty) && settings.eherkenningEnabled,
            passkeys: settings.passkeysEnabled,
            passwordMinLength: settings.passwordMinLength,
          };
        }),
      );
      // The password length goes with it, so every form that asks a new password can say the tenant's own number.
      return { items: withSwitches.map(({ slug, name, digid, eherkenning, passkeys, passwordMinLength }) => ({ slug, name, digid, eherkenning, passkeys, passwordMinLength })) };
    },
  );
};

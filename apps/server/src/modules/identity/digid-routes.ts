import { brokerSignInRoutes } from './broker-routes.js';
import { signInWithBsn } from './commands/digid.js';

/** DigiD through the OpenID Connect broker: the BSN comes only from the verified ID token. */
export const digidRoutes = brokerSignInRoutes({
  flow: 'digid',
  label: 'DigiD',
  home: '/',
  enabled: (settings) => settings.digidEnabled,
  signIn: async (services, ctx, tenantId, claims) => (typeof claims.bsn === 'string' ? signInWithBsn(services, ctx, tenantId, claims.bsn) : null),
});

import { brokerSignInRoutes } from './broker-routes.js';
import { signInWithEherkenning } from './commands/eherkenning.js';

/** eHerkenning for provider staff through the same broker: KvK number and e-mail come only from the verified ID token. */
export const eherkenningRoutes = brokerSignInRoutes({
  flow: 'eherkenning',
  label: 'eHerkenning',
  home: '/werk',
  enabled: (settings) => settings.eherkenningEnabled,
  signIn: async (services, ctx, tenantId, { kvk, email }) =>
    typeof kvk === 'string' && typeof email === 'string' ? signInWithEherkenning(services, ctx, tenantId, { kvk, email }) : null,
});

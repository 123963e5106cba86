export { RelyingParty, type BrokerFlow, type BrokerSettings } from './relying-party.js';
export type { DevBroker } from './dev-broker.js';

import type { Config } from '../../config.js';
import type { DevBroker } from './dev-broker.js';
import { RelyingParty } from './relying-party.js';

/** The relying party from config; outside production with no broker configured, also the local stand-in broker. */
export async function relyingPartyFor(config: Config): Promise<{ relyingParty?: RelyingParty; devBroker?: DevBroker }> {
  if (!config.oidc) return {};
  if ('issuer' in config.oidc) return { relyingParty: new RelyingParty(config.oidc, config.publicUrl) };
  // Loaded only here: oidc-provider is a development stand-in and warns about Node 20 as soon as it is imported.
  const { startDevBroker } = await import('./dev-broker.js');
  const flows = ['digid', 'eherkenning'] as const;
  const devBroker = await startDevBroker(flows.map((flow) => `${config.publicUrl}/api/auth/${flow}/callback`), config.oidc.devBrokerPort);
  return { relyingParty: new RelyingParty(devBroker, config.publicUrl), devBroker };
}

import type { Config } from '../config.js';
import type { FieldCipher } from './crypto.js';
import type { Database } from './db/index.js';
import type { MailCapture } from './mail/index.js';
import type { RelyingParty } from './oidc/relying-party.js';

/** What the app is built from; main.ts makes it from config, tests make it around a test database. */
export interface Services {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  /** The time; tests pass a clock they can move to check expiry. */
  clock: () => Date;
  /** The local SMTP capture, when mail is captured instead of sent (development, demo, tests). */
  mailCapture?: MailCapture;
  /** The DigiD/eHerkenning relying party, when a broker is configured. */
  relyingParty?: RelyingParty;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

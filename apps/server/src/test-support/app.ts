import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { FieldCipher } from '../platform/crypto.js';
import type { Database } from '../platform/db/index.js';
import { MailCapture, MailSender } from '../platform/mail/index.js';
import { relyingPartyFor } from '../platform/oidc/index.js';
import { createTestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  cipher: FieldCipher;
  /** The local SMTP server that receives what the app sends. */
  mail: MailCapture;
  /** Sends what is due in the outbox now (tests deliver explicitly instead of polling). */
  deliverMail: () => Promise<number>;
  /** Every log line written so far, as text. */
  logs: () => string;
  close: () => Promise<void>;
}

/** The real app on a fresh test database, logging at trace level into memory so tests can read the log. */
export async function createTestApp(env: Record<string, string> = {}, clock: () => Date = () => new Date()): Promise<TestApp> {
  const { database, drop } = await createTestDatabase();
  const key = randomBytes(32).toString('base64');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'trace',
    DATABASE_URL: 'pglite://memory',
    ENCRYPTION_KEYS: `test1:${key}`,
    BSN_HASH_KEY: randomBytes(32).toString('base64'),
    DEV_OIDC_BROKER: 'false',
    ...env,
  });
  const cipher = new FieldCipher(config.crypto!);
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const mail = new MailCapture();
  const smtpPort = await mail.listen();
  const { relyingParty, devBroker } = await relyingPartyFor(config);
  const app = await buildApp({ config, database, cipher, clock, mailCapture: mail, relyingParty }, { logStream: stream });
  await app.ready();
  const sender = new MailSender({ database, smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'Samenplan <test@samenplan.localhost>', clock, log: app.log });
  return {
    app,
    database,
    cipher,
    mail,
    deliverMail: async () => {
      const before = mail.received;
      const sent = await sender.runOnce();
      await mail.waitForCount(before + sent);
      return sent;
    },
    logs: () => chunks.join(''),
    close: async () => {
      await app.close();
      await sender.stop();
      await mail.close();
      await devBroker?.close();
      await drop();
    },
  };
}

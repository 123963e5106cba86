import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { demoSignInLines, seedDemoTenant } from './demo/seed.js';
import { developmentKeyRing, FieldCipher } from './platform/crypto.js';
import { lockDataDir } from './platform/data-dir-lock.js';
import { openDatabase } from './platform/db/index.js';
import { MailCapture, MailSender } from './platform/mail/index.js';
import { relyingPartyFor } from './platform/oidc/index.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const config = readConfig();
  const usesDataDir = config.database.kind === 'pglite' && config.database.dataDir !== null;
  let releaseLock = () => {};
  if (usesDataDir) {
    try {
      releaseLock = lockDataDir(config.dataDir);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
  const ring = config.crypto ?? developmentKeyRing(usesDataDir ? config.dataDir : null);
  const cipher = new FieldCipher(ring);
  const database = await openDatabase(config.database);
  await database.migrate();
  const seeded = config.seedDemo ? await seedDemoTenant(database, cipher) : null;

  // Keeps the newest 2,000: the browser journeys read their codes from it, many people at once.
  const mailCapture = config.mail.capture ? new MailCapture(2000) : undefined;
  const smtpUrl = mailCapture ? `smtp://127.0.0.1:${await mailCapture.listen()}` : config.mail.smtpUrl;
  const clock = () => new Date();
  const { relyingParty, devBroker } = await relyingPartyFor(config);
  const app = await buildApp({ config, database, cipher, clock, mailCapture, relyingParty });
  const mailSender = smtpUrl ? new MailSender({ database, smtpUrl, from: config.mail.from, clock, log: app.log }) : null;
  mailSender?.start(config.mail.pollMs);
  app.addHook('onClose', async () => {
    await mailSender?.stop();
    await mailCapture?.close();
    await devBroker?.close();
    await database.close();
    releaseLock();
  });

  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err: { type: err.name } }, 'stopping after an error');
    await app.close();
  });

  await app.listen({ host: config.host, port: config.port });
  if (seeded && config.env !== 'test') {
    console.log(['', ...demoSignInLines(config.publicUrl), seeded.created ? '  (demo data created now)' : '', ''].join('\n'));
  }
}

await main();

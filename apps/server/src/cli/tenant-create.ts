import { developmentKeyRing, FieldCipher } from '../platform/crypto.js';
import { AppError } from '../platform/errors.js';
import { fieldMessage } from '../platform/i18n.js';
import { createTenant } from '../tenants/create-tenant.js';
import { openConfiguredDatabase } from './open.js';
import { parseTenantArgs, tenantCreateUsage } from './tenant-args.js';

const parsed = parseTenantArgs(process.argv.slice(2));
if ('error' in parsed) {
  if (parsed.error !== 'help') console.error(parsed.error);
  console.error(tenantCreateUsage);
  process.exit(parsed.error === 'help' ? 0 : 2);
}

const { database, config, done } = await openConfiguredDatabase();
let exitCode = 0;
try {
  await database.migrate();
  // Nothing the command writes is encrypted; the key ring is the one the server uses, for the services it shares.
  const usesDataDir = config.database.kind === 'pglite' && config.database.dataDir !== null;
  const cipher = new FieldCipher(config.crypto ?? developmentKeyRing(usesDataDir ? config.dataDir : null));
  const created = await createTenant({ config, database, cipher, clock: () => new Date() }, parsed.input);
  console.log(`Tenant "${parsed.input.name}" created (slug ${created.slug}, id ${created.tenantId}).`);
  console.log(`The invitation for ${parsed.input.adminEmail} is in the outbox, valid until ${created.invitationExpiresAt.toISOString()};`);
  console.log(`the running server sends it, with a link to ${config.publicUrl}/uitnodiging (start the server now if it is not running).`);
} catch (error) {
  if (!(error instanceof AppError) || error.kind !== 'validation') throw error;
  exitCode = 1;
  for (const problem of error.extras.fields ?? []) {
    const taken = problem.field === 'slug' && problem.code === 'taken';
    console.error(taken ? `A tenant with slug "${parsed.input.slug}" already exists; nothing was changed.` : `${problem.field}: ${fieldMessage('en', problem.field, problem.code, problem.params)}`);
  }
} finally {
  await done();
}
process.exit(exitCode);

import { openConfiguredDatabase } from './open.js';

const { database, done } = await openConfiguredDatabase();
try {
  await database.migrate();
  console.log(`Migrations applied (${database.kind}).`);
} finally {
  await done();
}

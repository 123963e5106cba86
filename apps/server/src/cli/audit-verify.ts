import { tenants } from '../db/schema/index.js';
import { firstBrokenLink } from '../modules/audit/index.js';
import { openConfiguredDatabase } from './open.js';

const { database, done } = await openConfiguredDatabase();
let broken = 0;
try {
  for (const tenant of await database.owner.select().from(tenants)) {
    const link = await firstBrokenLink(database, tenant.id);
    if (link) {
      broken++;
      console.log(`${tenant.slug}: BROKEN in chain ${link.chain} at seq ${link.seq}: ${link.problem}`);
    } else {
      console.log(`${tenant.slug}: chain intact`);
    }
  }
} finally {
  await done();
}
process.exit(broken > 0 ? 1 : 0);

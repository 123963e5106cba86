import { tenants } from '../db/schema/index.js';
import type { Database } from '../platform/db/index.js';

/** A bare tenant for a test; each test makes its own so no test depends on another's rows. */
export async function createTenant(database: Database, slug: string, name = slug) {
  const [row] = await database.owner.insert(tenants).values({ slug, name }).returning();
  return row!;
}

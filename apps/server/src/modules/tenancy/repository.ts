import { asc } from 'drizzle-orm';
import { tenants } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';

/** Tenants carry no personal data; the sign-in form lists them before anyone is signed in. */
export function listTenants(tx: Tx) {
  return tx.select({ id: tenants.id, slug: tenants.slug, name: tenants.name }).from(tenants).orderBy(asc(tenants.name));
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../platform/db/index.js';

export interface BrokenLink {
  chain: number;
  seq: number;
  problem: string;
}

/**
 * Recomputes the tenant's chains in the database and returns the first broken link, or null when all are whole.
 * An operator tool: it runs as the owner, with the tenant set so row-level security shows that tenant's rows.
 */
export async function firstBrokenLink(database: Database, tenantId: string): Promise<BrokenLink | null> {
  return database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    const [row] = await queryRows<{ chain: number; seq: number | string; problem: string }>(tx, sql`select chain, seq, problem from audit_first_broken_link()`);
    return row ? { chain: Number(row.chain), seq: Number(row.seq), problem: row.problem } : null;
  });
}

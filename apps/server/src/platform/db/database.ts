import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { DatabaseTarget } from '../../config.js';
import * as schema from '../../db/schema/index.js';
import { holdTransaction, takeHeld } from './request-transaction.js';

export type Schema = typeof schema;
/** The drizzle handle, the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Connects as the owner: for migrations, seeding and operator tools, never for a request. */
  owner: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const APP_ROLE = 'samenplan_app';
const migrationsFolder = path.resolve(import.meta.dirname, '../../db/migrations');

// Dates and timestamps come back as strings; the domain decides how to read them.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') {
    const client = new PGlite(target.dataDir ?? undefined);
    await client.waitReady;
    const owner = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      kind: 'pglite',
      owner,
      migrate: () => migratePglite(owner as never, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize, application_name: 'samenplan' });
  // A broken idle connection must not take the process down; the next query gets a fresh one.
  pool.on('error', () => undefined);
  const owner = drizzlePostgres(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    owner,
    migrate: () => migratePostgres(owner as never, { migrationsFolder }),
    close: () => pool.end(),
  };
}

/** Opens a transaction as the application role with the tenant set. */
function beginInTenant<T>(db: Db, tenantId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // Prepared statements (the session lookup every request makes) keep one generic plan instead of being planned
    // again on every execution; the tenant is a setting, not a parameter, so one plan fits every tenant.
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId ?? ''}, true), set_config('plan_cache_mode', 'force_generic_plan', true)`,
    );
    return work(tx);
  });
}

/**
 * Runs `work` in one transaction as the application role with the tenant set, so row-level security confines every
 * statement to that tenant. Without a tenant (`null`) tenant tables show no rows at all. Inside a read request whose
 * session lookup holds the tenant's transaction open, `work` runs in that one and commits it (request-transaction.ts).
 */
export async function inTenant<T>(db: Db, tenantId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  const held = await takeHeld(db, tenantId);
  if (!held) return beginInTenant(db, tenantId, work);
  let result: T;
  try {
    result = await work(held.tx);
  } catch (error) {
    await held.settle(error).catch(() => undefined);
    throw error;
  }
  await held.settle();
  return result;
}

/**
 * Like `inTenant`, but for the session lookup at the start of a read request: when `keep` accepts the result, the
 * transaction stays open for the route's own `inTenant` (PostgreSQL only; PGlite has one connection and no gain).
 */
export function inTenantHeldForRequest<T>(database: Database, tenantId: string, work: (tx: Tx) => Promise<T>, keep: (result: T) => boolean): Promise<T> {
  if (database.kind !== 'postgres') return beginInTenant(database.owner, tenantId, work);
  return holdTransaction(database.owner, tenantId, (db, first) => beginInTenant(db, tenantId, first), work, keep);
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(executor: Pick<Db, 'execute'>, statement: SQL): Promise<T[]> {
  const result = (await executor.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, Tx } from './database.js';

/**
 * One transaction per read request (ADR 0007). The session lookup of a GET request opens the tenant's transaction and
 * leaves it open; the route's first `inTenant()` for the same tenant runs inside it and commits it. A request that
 * reads a dossier then costs one BEGIN … COMMIT instead of two. Anything else — another tenant, no tenant, a second
 * `inTenant()`, or a route that opens no transaction at all — first commits what is held, so a request never holds
 * two pool connections and no transaction stays open past its request.
 */
interface Held {
  db: Db;
  tenantId: string;
  tx: Tx;
  /** Settles the held transaction: commit without an error, roll back with one. */
  settle(error?: unknown): Promise<void>;
  /** Stops the time limit for a route that runs its work in the transaction; false when it was already settled. */
  take(): boolean;
}

interface RequestScope {
  held: Held | null;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs the rest of a request (its hooks and handler) in a scope that can hold its transaction. */
export function runInRequestScope(next: () => void) {
  scopes.run({ held: null }, next);
}

/** A held transaction not taken within this time is committed anyway: a stuck handler must not pin a connection. */
const HOLD_LIMIT_MS = 30_000;

/**
 * Runs `first` in a new transaction (through `begin`, which sets role and tenant) and, when `keep(result)` says so and
 * the request has a scope, holds the transaction for the route instead of committing it.
 */
export async function holdTransaction<T>(
  db: Db,
  tenantId: string,
  begin: (db: Db, work: (tx: Tx) => Promise<void>) => Promise<void>,
  first: (tx: Tx) => Promise<T>,
  keep: (result: T) => boolean,
): Promise<T> {
  const scope = scopes.getStore();
  let ready!: (value: { tx: Tx; result: T }) => void;
  const started = new Promise<{ tx: Tx; result: T }>((resolve) => (ready = resolve));
  let finish!: (error?: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => (finish = (error) => (error === undefined ? resolve() : reject(error))));
  let held = false;
  const done = begin(db, async (tx) => {
    const result = await first(tx);
    held = scope !== undefined && keep(result);
    ready({ tx, result });
    if (held) await finished;
  });
  const outcome = await Promise.race([started, done.then(() => null)]);
  if (outcome === null) return (await started).result;
  if (!held) {
    await done;
    return outcome.result;
  }
  let settled = false;
  const entry: Held = {
    db,
    tenantId,
    tx: outcome.tx,
    settle: async (error?: unknown) => {
      clearTimeout(timer);
      settled = true;
      finish(error);
      await done;
    },
    take: () => {
      // Once taken, the route owns the transaction until it settles it: the time limit no longer applies.
      clearTimeout(timer);
      return !settled;
    },
  };
  const timer = setTimeout(() => {
    if (scope!.held === entry) scope!.held = null;
    settled = true;
    finish();
  }, HOLD_LIMIT_MS);
  timer.unref();
  scope!.held = entry;
  return outcome.result;
}

/**
 * Takes the held transaction when it belongs to this database and tenant, to run the route's work in it; otherwise
 * commits whatever is held, so the caller opens its own. Returns null when there is nothing to take.
 */
export async function takeHeld(db: Db, tenantId: string | null): Promise<Held | null> {
  const scope = scopes.getStore();
  const held = scope?.held ?? null;
  if (!held) return null;
  scope!.held = null;
  if (held.db === db && held.tenantId === tenantId && held.take()) return held;
  await held.settle();
  return null;
}

/** Commits what the request still holds (a route that opened no transaction of its own). */
export async function releaseHeld(): Promise<void> {
  const scope = scopes.getStore();
  const held = scope?.held;
  if (!held) return;
  scope!.held = null;
  await held.settle();
}

import { and, eq, inArray, sql } from 'drizzle-orm';
import { signInThrottles } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';

/** From the 5th failure each try waits longer (2, 4, 8 … s); at the tenant's threshold (10) it is locked for 15 minutes. */
export const DELAY_FROM_FAILURE = 5;
export const DEFAULT_LOCK_AT_FAILURE = 10;
export const LOCK_MINUTES = 15;

/** Keys are the typed e-mail (known or not, so the answer is the same) and the client address. */
export function throttleKeys(email: string, clientIp: string): string[] {
  return [`email:${email.trim().toLowerCase()}`, `ip:${clientIp}`];
}

/** Seconds until any of the keys may try again, or 0. */
export async function secondsLocked(tx: Tx, tenantId: string, keys: string[], now: Date): Promise<number> {
  const rows = await tx.select().from(signInThrottles).where(and(eq(signInThrottles.tenantId, tenantId), inArray(signInThrottles.key, keys)));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts a failure for each key; returns whether the e-mail key reached the lock just now. */
export async function recordFailure(
  tx: Tx,
  tenantId: string,
  keys: string[],
  now: Date,
  lockAt = DEFAULT_LOCK_AT_FAILURE,
): Promise<{ lockedNow: boolean }> {
  let lockedNow = false;
  for (const key of keys) {
    const [row] = await tx
      .insert(signInThrottles)
      .values({ tenantId, key, failures: 1, updatedAt: now })
      .onConflictDoUpdate({ target: [signInThrottles.tenantId, signInThrottles.key], set: { failures: sql`${signInThrottles.failures} + 1`, updatedAt: now } })
      .returning();
    const failures = row!.failures;
    const waitSeconds =
      failures >= lockAt ? LOCK_MINUTES * 60 : failures >= DELAY_FROM_FAILURE ? 2 ** (failures - DELAY_FROM_FAILURE + 1) : 0;
    if (waitSeconds > 0) {
      await tx
        .update(signInThrottles)
        .set({ lockedUntil: new Date(now.getTime() + waitSeconds * 1000) })
        .where(and(eq(signInThrottles.tenantId, tenantId), eq(signInThrottles.key, key)));
    }
    if (key.startsWith('email:') && failures === lockAt) lockedNow = true;
  }
  return { lockedNow };
}

/** A successful sign-in clears the e-mail key (the address key keeps counting other people's failures). */
export async function clearFailures(tx: Tx, tenantId: string, keys: string[]): Promise<void> {
  const emailKeys = keys.filter((k) => k.startsWith('email:'));
  await tx.delete(signInThrottles).where(and(eq(signInThrottles.tenantId, tenantId), inArray(signInThrottles.key, emailKeys)));
}

import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { accountRoles, accounts, people, sessions, tenants } from '../../db/schema/index.js';
import type { Db, Tx } from '../../platform/db/index.js';

export async function findTenantBySlug(db: Db, slug: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug));
  return tenant ?? null;
}

export async function findTenantById(tx: Tx, id: string) {
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, id));
  return tenant ?? null;
}

export async function findAccountByEmail(tx: Tx, email: string) {
  const [account] = await tx
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`);
  return account ?? null;
}

export async function rolesOf(tx: Tx, accountId: string) {
  return tx.select().from(accountRoles).where(eq(accountRoles.accountId, accountId));
}

export async function findPerson(tx: Tx, personId: string) {
  const [person] = await tx.select().from(people).where(eq(people.id, personId));
  return person ?? null;
}

/**
 * The live session of a token (not ended, not past its idle or absolute expiry, its account active), with the
 * person's teams, whether a newer terms version waits and whether an app or passkey must be enrolled: everything a request needs, in one statement. Every request runs it, so it is prepared: PostgreSQL plans it once per
 * connection instead of on every request.
 */
const liveSessionQuery = (tx: Tx) =>
  tx
    .select({
      session: sessions,
      account: accounts,
      teams: sql<{ teamId: string; isSuperuser: boolean }[]>`coalesce((select json_agg(json_build_object('teamId', tm.team_id, 'isSuperuser', tm.is_superuser))
        from team_member tm where tm.person_id = ${accounts.personId}), '[]'::json)`,
      termsPending: sql<boolean>`exists (select 1 from terms_version tv where tv.version = (select max(version) from terms_version)
        and not exists (select 1 from terms_acceptance ta where ta.account_id = ${accounts.id} and ta.version = tv.version))`,
      // The tenant rule "professionals need an app or a passkey" (see passkeys.ts secondFactorsOf); the settings row is read first, so it costs nothing when off.
      strongFactorMissing: sql<boolean>`(exists (select 1 from tenant_settings ts where ts.tenant_id = ${sessions.tenantId} and ts.require_strong_second_factor_for_professionals)
        and exists (select 1 from account_role ar where ar.account_id = ${accounts.id} and ar.role not in ('resident', 'relative'))
        and not exists (select 1 from totp_credential tc where tc.account_id = ${accounts.id} and tc.confirmed_at is not null)
        and not (exists (select 1 from passkey_credential pc where pc.account_id = ${accounts.id})
          and coalesce((select ts.passkeys_enabled from tenant_settings ts where ts.tenant_id = ${sessions.tenantId}), true)))`,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('hash')),
        isNull(sessions.endedAt),
        gt(sessions.idleExpiresAt, sql.placeholder('now')),
        gt(sessions.absoluteExpiresAt, sql.placeholder('now')),
        eq(accounts.status, 'active'),
      ),
    )
    .prepare('live_session');

export async function findLiveSession(tx: Tx, hash: string, now: Date) {
  const [row] = await liveSessionQuery(tx).execute({ hash, now });
  return row ?? null;
}

/** The active account of the person with this BSN (found by its keyed hash), or null. */
export async function findAccountByBsnHash(tx: Tx, bsnHash: string) {
  const [row] = await tx
    .select({ account: accounts })
    .from(people)
    .innerJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.bsnHash, bsnHash), eq(accounts.status, 'active')));
  return row?.account ?? null;
}

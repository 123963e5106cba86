import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { accounts, contactPersons, emailChanges, people, residentProfiles } from '../../db/schema/index.js';
import { queryRows, type Tx } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Subject } from '../../platform/policy/index.js';
import { relationsSql } from '../dossier/index.js';
import type { ResidentPart } from './policy.js';

/**
 * How the subject stands to a resident: the union of their relations to every dossier of that resident. `null` when
 * the person does not exist in this tenant or is not a resident: then there is no profile to speak of.
 */
export async function loadResidentPart(tx: Tx, subject: Subject, personId: string, at: Date): Promise<ResidentPart | null> {
  const [row] = await queryRows<{ tenant_id: string; relations: string[] | string }>(
    tx,
    sql`select p.tenant_id,
          coalesce((select array_agg(distinct relation) from dossier d cross join lateral unnest(${relationsSql(subject, at)}) as relation
                    where d.resident_id = p.id), array[]::text[]) as relations
        from person p where p.id = ${personId}::uuid and p.kind = 'resident'`,
  );
  if (!row) return null;
  // PGlite hands a text[] back as an array, node-postgres too; a driver that answers with the literal gets parsed.
  const relations = Array.isArray(row.relations) ? row.relations : row.relations.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return { tenantId: row.tenant_id, residentId: personId, relations };
}

/** The resident part or 404: an unknown person and one the caller has nothing to do with look the same. */
export async function requireResidentPart(tx: Tx, subject: Subject, personId: string, at: Date): Promise<ResidentPart> {
  const part = await loadResidentPart(tx, subject, personId, at);
  if (!part) throw notFound();
  return part;
}

/** A guardian's actions are logged as on behalf of the resident (NEN 7513). */
export function onBehalf(ctx: RequestContext, subject: Subject, part: ResidentPart): RequestContext {
  const acting = subject.personId !== part.residentId && part.relations.includes('guardian');
  return acting ? { ...ctx, onBehalfOfPersonId: part.residentId } : ctx;
}

/** The profile row is made on first use: residents exist before anyone looked at their profile. */
export async function ensureProfileRow(tx: Tx, tenantId: string, personId: string): Promise<void> {
  await tx.insert(residentProfiles).values({ tenantId, personId }).onConflictDoNothing();
}

export async function findProfile(tx: Tx, personId: string, now: Date) {
  const [row] = await tx
    .select({ person: people, profile: residentProfiles })
    .from(people)
    .innerJoin(residentProfiles, and(eq(residentProfiles.tenantId, people.tenantId), eq(residentProfiles.personId, people.id)))
    .where(eq(people.id, personId));
  if (!row) return null;
  const [pending] = await tx
    .select({ newEmail: emailChanges.newEmail })
    .from(emailChanges)
    .innerJoin(accounts, eq(accounts.id, emailChanges.accountId))
    .where(and(eq(accounts.personId, personId), isNull(emailChanges.usedAt), isNull(emailChanges.replacedAt), gt(emailChanges.expiresAt, now)))
    .orderBy(desc(emailChanges.createdAt))
    .limit(1);
  return { ...row, pendingEmail: pending?.newEmail ?? null };
}

export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/** The profile row made if needed, then read; a resident always has one after this. */
export async function loadProfile(tx: Tx, part: ResidentPart, now: Date): Promise<ProfileRow> {
  await ensureProfileRow(tx, part.tenantId, part.residentId);
  const row = await findProfile(tx, part.residentId, now);
  if (!row) throw notFound();
  return row;
}

export async function accountOfPerson(tx: Tx, personId: string) {
  const [account] = await tx.select().from(accounts).where(eq(accounts.personId, personId)).orderBy(asc(accounts.createdAt)).limit(1);
  return account ?? null;
}

/** Another account in the tenant already signs in with this address (login names ignore case). */
export async function emailTaken(tx: Tx, email: string, exceptAccountId: string | null): Promise<boolean> {
  const rows = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`lower(${accounts.email}) = lower(${email})`);
  return rows.some((row) => row.id !== exceptAccountId);
}

export async function listContactPersons(tx: Tx, residentId: string) {
  return tx
    .select()
    .from(contactPersons)
    .where(and(eq(contactPersons.residentId, residentId), isNull(contactPersons.removedAt)))
    .orderBy(asc(contactPersons.createdAt), asc(contactPersons.name));
}

export async function findContactPerson(tx: Tx, residentId: string, id: string) {
  const [row] = await tx
    .select()
    .from(contactPersons)
    .where(and(eq(contactPersons.id, id), eq(contactPersons.residentId, residentId), isNull(contactPersons.removedAt)));
  return row ?? null;
}

export type ContactPersonRow = typeof contactPersons.$inferSelect;

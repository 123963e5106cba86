import { desc, sql } from 'drizzle-orm';
import { termsVersions } from '../../db/schema/index.js';
import { queryRows, type Tx } from '../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../platform/http/context.js';
import type { Language } from '../../platform/i18n.js';
import type { Subject } from '../../platform/policy/index.js';
import { mustEnrolStrongFactor, secondFactorsOf } from './passkeys.js';

export type Stage = 'email-code' | 'change-password' | 'accept-terms' | 'active';

export async function currentTerms(tx: Tx) {
  const [terms] = await tx.select().from(termsVersions).orderBy(desc(termsVersions.version)).limit(1);
  return terms ?? null;
}

/** One statement, run on every request of a signed-in session: is there a newer terms version to accept? */
export async function hasAcceptedCurrentTerms(tx: Tx, accountId: string): Promise<boolean> {
  const [row] = await queryRows<{ pending: boolean }>(
    tx,
    sql`select exists (
      select 1 from terms_version tv
      where tv.version = (select max(version) from terms_version)
        and not exists (select 1 from terms_acceptance ta where ta.account_id = ${accountId}::uuid and ta.version = tv.version)
    ) as pending`,
  );
  return !row!.pending;
}

/**
 * The gates after the second factor, in the order seed 003 gives them: a new password, then the terms. The sign-in
 * is proven here, so the language it was done in becomes the person's mail language (notices others trigger are
 * written in it); `null` keeps the stored one (a broker's callback carries only the browser's default language).
 */
export async function stageAfterSecondFactor(tx: Tx, account: { id: string; mustChangePassword: boolean }, language: Language | null): Promise<Stage> {
  if (language) {
    await tx.execute(sql`update person set language = ${language} where id = (select person_id from account where id = ${account.id}::uuid) and language <> ${language}`);
  }
  if (account.mustChangePassword) return 'change-password';
  return (await hasAcceptedCurrentTerms(tx, account.id)) ? 'active' : 'accept-terms';
}

export function nextStepOf(stage: Stage): 'email-code' | 'change-password' | 'accept-terms' | 'done' {
  return stage === 'active' ? 'done' : stage;
}

/**
 * The step a sign-in answers once the stored stage is known: `done` becomes `enrol-second-factor` when the tenant
 * demands an app or passkey of this professional and there is none yet (the session hook holds the same gate).
 */
export async function answerStep(
  tx: Tx,
  tenantId: string,
  accountId: string,
  next: ReturnType<typeof nextStepOf>,
): Promise<ReturnType<typeof nextStepOf> | 'enrol-second-factor'> {
  if (next !== 'done') return next;
  return mustEnrolStrongFactor(await secondFactorsOf(tx, tenantId, accountId)) ? 'enrol-second-factor' : 'done';
}

/** The signed-in subject, also while the session waits at the app-or-passkey gate: only enrolment may use this. */
export function enrollingSubject(ctx: RequestContext): Subject {
  return subjectOf(ctx.sessionStage === 'second-factor' ? { ...ctx, sessionStage: 'active' } : ctx);
}

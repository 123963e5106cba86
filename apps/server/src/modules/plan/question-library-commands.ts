import { and, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { planQuestions } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { inTenant, type Tx } from '../../platform/db/index.js';
import { conflict, notFound, validation } from '../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../platform/http/context.js';
import type { Subject } from '../../platform/policy/index.js';
import type { Services } from '../../platform/services.js';
import type { Question } from './blocks.js';
import { questionLibraryPolicy } from './question-library-policy.js';
import { presentLibraryQuestion, type LibraryQuestionRow } from './question-library-presenter.js';

/**
 * The question library: questions kept apart from any template. A template takes a copy of one into its draft (the
 * editor puts the question itself in the block), so changing or archiving a library question never changes a template
 * or a published version.
 */

const columns = {
  id: planQuestions.id,
  tenantId: planQuestions.tenantId,
  key: planQuestions.key,
  question: planQuestions.question,
  version: planQuestions.version,
  updatedAt: planQuestions.updatedAt,
  archivedAt: planQuestions.archivedAt,
};

/** The library exists only for those who may read it: for everyone else every endpoint answers 404. */
function authorizeLibrary(subject: Subject, action: 'read' | 'create') {
  questionLibraryPolicy.authorize(subject, action, { tenantId: subject.tenantId, archived: false });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listLibraryQuestions(services: Services, ctx: RequestContext, query: { archived: boolean; q?: string | undefined }) {
  const subject = subjectOf(ctx);
  authorizeLibrary(subject, 'read');
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const rows = await tx
      .select(columns)
      .from(planQuestions)
      .where(
        and(
          query.archived ? isNotNull(planQuestions.archivedAt) : isNull(planQuestions.archivedAt),
          query.q ? sql`${planQuestions.question}->>'label' ilike ${`%${escapeLike(query.q)}%`}` : undefined,
        ),
      )
      .orderBy(sql`lower(${planQuestions.question}->>'label')`, planQuestions.key);
    await recordAudit(tx, ctx, [{ action: 'read', objectType: 'planQuestion', details: { listed: rows.length, archived: query.archived } }]);
    return rows.map((row) => presentLibraryQuestion(subject, row));
  });
}

async function load(tx: Tx, questionId: string): Promise<LibraryQuestionRow> {
  const [row] = await tx.select(columns).from(planQuestions).where(eq(planQuestions.id, questionId));
  if (!row) throw notFound();
  return row;
}

/** The question for a change: 404/403 by the policy, 409 with the question as it is when the version is stale. */
async function loadForChange(tx: Tx, subject: Subject, questionId: string, action: 'update' | 'archive' | 'restore', version: number) {
  const row = await load(tx, questionId);
  const object = { tenantId: row.tenantId, archived: row.archivedAt !== null };
  if (row.version !== version) {
    questionLibraryPolicy.authorize(subject, 'read', object);
    throw conflict(presentLibraryQuestion(subject, row));
  }
  questionLibraryPolicy.authorize(subject, action, object);
  return row;
}

/** A key is used once per tenant, archived questions included; checked first, and the unique index catches a race. */
async function checkKeyFree(tx: Tx, key: string, exceptId: string | null) {
  const [taken] = await tx
    .select({ id: planQuestions.id })
    .from(planQuestions)
    .where(and(eq(planQuestions.key, key), exceptId ? ne(planQuestions.id, exceptId) : undefined));
  if (taken) throw validation([{ field: 'question.key', code: 'taken' }]);
}

async function uniqueKey<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (code === '23505') throw validation([{ field: 'question.key', code: 'taken' }]);
    throw error;
  }
}

export async function createLibraryQuestion(services: Services, ctx: RequestContext, input: { question: Question }) {
  const subject = subjectOf(ctx);
  authorizeLibrary(subject, 'create');
  const now = services.clock();
  return uniqueKey(() =>
    inTenant(services.database.owner, subject.tenantId, async (tx) => {
      await checkKeyFree(tx, input.question.key, null);
      const [row] = await tx
        .insert(planQuestions)
        .values({ tenantId: subject.tenantId, key: input.question.key, question: input.question, createdAt: now, updatedAt: now })
        .returning(columns);
      await recordAudit(tx, ctx, [{ action: 'create', objectType: 'planQuestion', objectId: row!.id, details: { version: 1 } }]);
      return presentLibraryQuestion(subject, row!);
    }),
  );
}

/** Changes the question; a stale version answers 409 with the question as it is now. Templates keep their copies. */
export async function updateLibraryQuestion(services: Services, ctx: RequestContext, questionId: string, input: { question: Question; version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return uniqueKey(() =>
    inTenant(services.database.owner, subject.tenantId, async (tx) => {
      const current = await loadForChange(tx, subject, questionId, 'update', input.version);
      await checkKeyFree(tx, input.question.key, questionId);
      const [row] = await tx
        .update(planQuestions)
        .set({ key: input.question.key, question: input.question, version: current.version + 1, updatedAt: now })
        .where(and(eq(planQuestions.id, questionId), eq(planQuestions.version, current.version)))
        .returning(columns);
      await recordAudit(tx, ctx, [{ action: 'update', objectType: 'planQuestion', objectId: questionId, details: { version: row!.version } }]);
      return presentLibraryQuestion(subject, row!);
    }),
  );
}

/** Archive (no longer offered) or restore; the question itself and its key stay. */
export async function setLibraryQuestionArchived(services: Services, ctx: RequestContext, questionId: string, archive: boolean, version: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const current = await loadForChange(tx, subject, questionId, archive ? 'archive' : 'restore', version);
    const [row] = await tx
      .update(planQuestions)
      .set({ archivedAt: archive ? now : null, version: current.version + 1, updatedAt: now })
      .where(and(eq(planQuestions.id, questionId), eq(planQuestions.version, current.version)))
      .returning(columns);
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'planQuestion', objectId: questionId, field: 'archivedAt', details: { version: row!.version, archived: archive } }]);
    return presentLibraryQuestion(subject, row!);
  });
}

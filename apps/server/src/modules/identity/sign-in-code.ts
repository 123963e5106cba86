import { createHmac, randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { signInCodes } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';
import type { Language } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail/index.js';

export const CODE_VALID_MS = 5 * 60 * 1000;
export const CODE_MAX_ATTEMPTS = 5;
export const RESEND_AFTER_MS = 30 * 1000;

/** The code is hashed with the session id, so a code is worth nothing outside the session it was sent for. */
export function codeHash(sessionId: string, code: string): string {
  return createHmac('sha256', sessionId).update(code).digest('hex');
}

/** Replaces any open code of the session with a new one and e-mails it, in the caller's transaction. */
export async function sendSignInCode(
  tx: Tx,
  input: { tenantId: string; sessionId: string; email: string; firstName: string; language: Language; now: Date },
): Promise<void> {
  await tx
    .update(signInCodes)
    .set({ replacedAt: input.now })
    .where(and(eq(signInCodes.sessionId, input.sessionId), isNull(signInCodes.usedAt), isNull(signInCodes.replacedAt)));
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await tx.insert(signInCodes).values({
    tenantId: input.tenantId,
    sessionId: input.sessionId,
    codeHash: codeHash(input.sessionId, code),
    expiresAt: new Date(input.now.getTime() + CODE_VALID_MS),
    createdAt: input.now,
  });
  await enqueueMail(tx, { tenantId: input.tenantId, to: input.email, language: input.language, template: 'sign-in-code', params: { firstName: input.firstName, code }, now: input.now });
}

export async function currentCode(tx: Tx, sessionId: string) {
  const [row] = await tx
    .select()
    .from(signInCodes)
    .where(and(eq(signInCodes.sessionId, sessionId), isNull(signInCodes.replacedAt)))
    .orderBy(signInCodes.createdAt)
    .limit(1);
  return row ?? null;
}

import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';
import { settingsOf } from '../tenancy/index.js';
import type { Stage } from './gates.js';
import { sessionTimes } from './session-cookie.js';
import { newToken, tokenHash } from './tokens.js';

/** How the person proved who they are; a signature on a plan records it. */
export type SignInMethod = 'password' | 'password+email-code' | 'password+app' | 'password+recovery-code' | 'password+passkey' | 'passkey' | 'digid' | 'eherkenning' | 'reset-link';

/**
 * Starts a session for an account in its first role, under the tenant's timeouts. Returns the token (for the cookie;
 * only its hash is stored) and the CSRF token.
 */
export async function openSession(
  tx: Tx,
  input: { tenantId: string; accountId: string; role: { role: string; organisationId: string | null }; stage: Stage; userAgent: string | null; now: Date; signInMethod: SignInMethod },
) {
  const token = newToken();
  const csrfToken = newToken();
  const [session] = await tx
    .insert(sessions)
    .values({
      tenantId: input.tenantId,
      accountId: input.accountId,
      tokenHash: tokenHash(token),
      csrfToken,
      role: input.role.role,
      organisationId: input.role.organisationId,
      stage: input.stage,
      signInMethod: input.signInMethod,
      userAgent: input.userAgent,
      ...sessionTimes(await settingsOf(tx, input.tenantId), input.now),
    })
    .returning({ id: sessions.id });
  return { id: session!.id, token, csrfToken };
}

/**
 * Moves a session on (a new stage, or a new role) with a fresh token and CSRF token: whenever rights change, a token
 * captured before no longer carries them.
 */
export async function renewSession(
  tx: Tx,
  sessionId: string,
  changes: { stage?: Stage; role?: string; organisationId?: string | null; signInMethod?: SignInMethod },
) {
  const token = newToken();
  const csrfToken = newToken();
  await tx.update(sessions).set({ ...changes, tokenHash: tokenHash(token), csrfToken }).where(eq(sessions.id, sessionId));
  return { token, csrfToken };
}

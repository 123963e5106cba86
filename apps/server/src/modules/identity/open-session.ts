import { sessions } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';
import { settingsOf } from '../tenancy/index.js';
import type { Stage } from './gates.js';
import { sessionTimes } from './session-cookie.js';
import { newToken, tokenHash } from './tokens.js';

/**
 * Starts a session for an account in its first role, under the tenant's timeouts. Returns the token (for the cookie;
 * only its hash is stored) and the CSRF token.
 */
export async function openSession(
  tx: Tx,
  input: { tenantId: string; accountId: string; role: { role: string; organisationId: string | null }; stage: Stage; userAgent: string | null; now: Date },
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
      userAgent: input.userAgent,
      ...sessionTimes(await settingsOf(tx, input.tenantId), input.now),
    })
    .returning({ id: sessions.id });
  return { id: session!.id, token, csrfToken };
}

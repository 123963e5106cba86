import { and, eq, ne } from 'drizzle-orm';
import { accounts, sessions } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { settingsOf } from '../../tenancy/index.js';
import { hasAcceptedCurrentTerms, nextStepOf } from '../gates.js';
import { hashPassword, verifyPassword } from '../password.js';
import { passwordProblems } from '../password-policy.js';
import { findPerson } from '../repository.js';
import type { ActiveSession } from '../session.js';
import { renewSession } from '../open-session.js';

/**
 * Sets a new password: forced after a first sign-in (the code was just checked, so no current password is asked),
 * or by choice with the current password. Every other session of the account ends; this one gets a new token.
 */
export async function changePassword(
  services: Services,
  ctx: RequestContext,
  session: ActiveSession,
  input: { currentPassword?: string | undefined; newPassword: string },
) {
  return inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, session.accountId));
    const person = await findPerson(tx, account!.personId);
    if (session.stage === 'active') {
      if (!input.currentPassword) throw validation([{ field: 'currentPassword', code: 'required' }]);
      if (!(await verifyPassword(account!.passwordHash, input.currentPassword))) throw validation([{ field: 'currentPassword', code: 'invalid' }]);
    }
    const { passwordMinLength } = await settingsOf(tx, ctx.tenantId!);
    const problems = passwordProblems(input.newPassword, { email: account!.email, firstName: person!.firstName, surname: person!.surname }, passwordMinLength);
    if (problems.length > 0) throw validation(problems);
    if (await verifyPassword(account!.passwordHash, input.newPassword)) throw validation([{ field: 'newPassword', code: 'reused' }]);

    const now = services.clock();
    await tx
      .update(accounts)
      .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: now, version: account!.version + 1 })
      .where(eq(accounts.id, account!.id));
    await tx.update(sessions).set({ endedAt: now }).where(and(eq(sessions.accountId, account!.id), ne(sessions.id, session.id)));
    const stage = (await hasAcceptedCurrentTerms(tx, account!.id)) ? 'active' : 'accept-terms';
    const { token, csrfToken } = await renewSession(tx, session.id, { stage });
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'account', objectId: account!.id, field: 'password' }]);
    return { token, csrfToken, next: nextStepOf(stage) };
  });
}

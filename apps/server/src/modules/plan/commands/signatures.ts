import { sql } from 'drizzle-orm';
import { planSignatures } from '../../../db/schema/index.js';
import { queryRows } from '../../../platform/db/index.js';
import { notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { hasRelation } from '../../dossier/index.js';
import { planPolicy } from '../policy.js';
import { withinPlan } from '../within-plan.js';
import { renderPlanPdf } from './pdf.js';

/** The date of signing as it is in the Netherlands (en-CA formats as YYYY-MM-DD). */
const dutchDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Signs the plan as it is now (*voor akkoord* or *voor gezien*): the signature names the plan's revision, so a later
 * change shows that what was signed is older. The sign-in method of the caller's session is recorded with it.
 */
export async function signPlan(services: Services, ctx: RequestContext, planId: string, input: { kind: 'approved' | 'seen' }) {
  return withinPlan(services, ctx, planId, async (w) => {
    planPolicy.authorize(w.subject, 'sign', { tenantId: w.subject.tenantId });
    const block = w.plan.blocks.find((b) => b.type === 'signatures');
    if (!block || block.type !== 'signatures') throw notFound();
    if (!block.kinds.includes(input.kind)) throw validation([{ field: 'kind', code: 'invalid' }]);
    const role = hasRelation(w.subject, ['resident'])
      ? 'resident'
      : hasRelation(w.subject, ['guardian'])
        ? 'guardian'
        : hasRelation(w.subject, ['relativeView', 'relativeWrite'])
          ? 'relative'
          : w.subject.role;
    const [session] = await queryRows<{ sign_in_method: string }>(
      w.tx,
      sql`select sign_in_method from session where id = ${ctx.sessionId}::uuid and account_id = ${w.subject.accountId}::uuid`,
    );
    // Frozen as the signer sees the plan now: what they agreed to, and nothing they may not see.
    const { pdf } = await renderPlanPdf(w, ctx.language);
    const [row] = await w.tx
      .insert(planSignatures)
      .values({
        tenantId: w.subject.tenantId,
        planId,
        personId: w.subject.personId,
        kind: input.kind,
        role,
        revision: w.plan.revision,
        signInMethod: session?.sign_in_method ?? 'password',
        signedOn: dutchDate.format(w.now),
        pdf,
        createdAt: w.now,
      })
      .returning({ id: planSignatures.id });
    await w.audit([{ action: 'create', objectType: 'planSignature', objectId: row!.id, details: { kind: input.kind, revision: w.plan.revision } }]);
    return { id: row!.id, revision: w.plan.revision };
  });
}

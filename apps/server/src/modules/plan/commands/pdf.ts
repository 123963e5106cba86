import { and, eq, sql } from 'drizzle-orm';
import { planSignatures } from '../../../db/schema/index.js';
import { queryRows, type Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { planPdf } from '../pdf.js';
import { planSignaturePdfPolicy } from '../policy.js';
import { fullName, presentPlan } from '../presenter.js';
import { loadPlanContent, type PersonName } from '../repository.js';
import { withinPlan, type PlanWork } from '../within-plan.js';

async function readerName(tx: Tx, personId: string) {
  const [me] = await queryRows<PersonName>(tx, sql`select first_name as "firstName", infix, surname from person where id = ${personId}::uuid`);
  return me ? fullName(me) : '';
}

/** The plan as the caller may see it, as a tagged PDF in the caller's language. */
export async function renderPlanPdf(w: PlanWork, language: 'nl' | 'en') {
  const content = await loadPlanContent(w.tx, w.plan.id);
  const view = presentPlan(w.services.cipher, w.subject, w.plan, content);
  return { view, pdf: await planPdf(view, { language, readerName: await readerName(w.tx, w.subject.personId), printedAt: w.now }) };
}

/** Download of the plan (or the part the reader may see); logged as an export. */
export async function exportPlanPdf(services: Services, ctx: RequestContext, planId: string) {
  return withinPlan(services, ctx, planId, async (w) => {
    const { view, pdf } = await renderPlanPdf(w, ctx.language);
    await w.audit([{ action: 'export', objectType: 'plan', objectId: planId, details: { blocks: view.blocks.map((b) => b.key).join(','), bytes: pdf.length } }]);
    return { pdf, title: view.title };
  });
}

/** The PDF frozen at signing, for the signer and the plan's professionals. */
export async function signaturePdf(services: Services, ctx: RequestContext, planId: string, signatureId: string) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [row] = await w.tx
      .select({ personId: planSignatures.personId, pdf: planSignatures.pdf, signedOn: planSignatures.signedOn })
      .from(planSignatures)
      .where(and(eq(planSignatures.id, signatureId), eq(planSignatures.planId, planId)));
    if (!row || !row.pdf) throw notFound();
    planSignaturePdfPolicy.authorize(w.subject, 'read', { tenantId: w.subject.tenantId, signerPersonId: row.personId });
    await w.audit([{ action: 'export', objectType: 'planSignature', objectId: signatureId }]);
    return { pdf: row.pdf, title: `${w.plan.title} ${row.signedOn}` };
  });
}

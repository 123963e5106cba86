import { and, desc, eq, sql } from 'drizzle-orm';
import { planParticipants, plans, planTemplateVersions } from '../../../db/schema/index.js';
import { queryRows } from '../../../platform/db/index.js';
import { conflict, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { residentWritableTypes, type Block } from '../blocks.js';
import { planPolicy } from '../policy.js';
import { withinPlan, type PlanWork } from '../within-plan.js';

async function versions(w: PlanWork) {
  const [current] = await w.tx.select().from(planTemplateVersions).where(eq(planTemplateVersions.id, w.plan.templateVersionId));
  const [latest] = await w.tx
    .select()
    .from(planTemplateVersions)
    .where(eq(planTemplateVersions.templateId, current!.templateId))
    .orderBy(desc(planTemplateVersions.number))
    .limit(1);
  return { current: current!, latest: latest! };
}

/**
 * What moving the plan to the template's latest version would change: blocks added, blocks that leave the page
 * (their values stay in the history and come back if a later version has the block again) and blocks whose settings
 * differ (e.g. questions added). Nothing is changed by looking.
 */
async function diff(w: PlanWork) {
  const { current, latest } = await versions(w);
  const from = current.blocks as Block[];
  const to = latest.blocks as Block[];
  const filled = await queryRows<{ block_key: string; n: number }>(
    w.tx,
    sql`select block_key, count(*)::int as n from plan_field where plan_id = ${w.plan.id}::uuid group by block_key`,
  );
  const values = new Map(filled.map((f) => [f.block_key, f.n]));
  const keysTo = new Set(to.map((b) => b.key));
  const keysFrom = new Set(from.map((b) => b.key));
  return {
    from: { versionId: current.id, number: current.number },
    to: { versionId: latest.id, number: latest.number },
    added: to.filter((b) => !keysFrom.has(b.key)).map((b) => ({ key: b.key, type: b.type, title: b.title })),
    removed: from.filter((b) => !keysTo.has(b.key)).map((b) => ({ key: b.key, type: b.type, title: b.title, values: values.get(b.key) ?? 0 })),
    changed: to
      .filter((b) => keysFrom.has(b.key) && JSON.stringify(b) !== JSON.stringify(from.find((f) => f.key === b.key)))
      .map((b) => ({ key: b.key, type: b.type, title: b.title })),
    latest: to,
  };
}

export async function previewUpgrade(services: Services, ctx: RequestContext, planId: string) {
  return withinPlan(services, ctx, planId, async (w) => {
    planPolicy.authorize(w.subject, 'update', { tenantId: w.subject.tenantId });
    const { latest: _latest, ...preview } = await diff(w);
    await w.audit([{ action: 'read', objectType: 'planUpgrade', objectId: planId }]);
    return { ...preview, version: w.plan.version };
  });
}

/**
 * Moves the plan to the latest version. The caller names the version they previewed and the plan's version, so a
 * newer publication or someone else's change in between is a conflict. The resident gets the default level on
 * blocks that are new; other linked people get nothing on them until the coach grants it.
 */
export async function upgradePlan(services: Services, ctx: RequestContext, planId: string, input: { toVersionId: string; version: number }) {
  await withinPlan(services, ctx, planId, async (w) => {
    planPolicy.authorize(w.subject, 'update', { tenantId: w.subject.tenantId });
    const preview = await diff(w);
    if (w.plan.version !== input.version) throw conflict({ version: w.plan.version });
    if (preview.to.versionId !== input.toVersionId) throw validation([{ field: 'toVersionId', code: 'outdated' }]);
    if (preview.from.versionId === preview.to.versionId) throw validation([{ field: 'toVersionId', code: 'invalid' }]);
    await w.tx.update(plans).set({ templateVersionId: preview.to.versionId, version: w.plan.version + 1, updatedAt: w.now }).where(eq(plans.id, planId));
    const [resident] = await w.tx
      .select()
      .from(planParticipants)
      .where(and(eq(planParticipants.planId, planId), eq(planParticipants.personId, w.subject.dossier.residentId)));
    if (resident) {
      const levels = { ...(resident.blockLevels as Record<string, string>) };
      for (const block of preview.latest.filter((b) => preview.added.some((a) => a.key === b.key))) levels[block.key] = residentWritableTypes.has(block.type) ? 'write' : 'view';
      await w.tx.update(planParticipants).set({ blockLevels: levels }).where(and(eq(planParticipants.planId, planId), eq(planParticipants.personId, resident.personId)));
    }
    await w.changed();
    await w.audit([{ action: 'update', objectType: 'plan', objectId: planId, field: 'templateVersion', details: { from: preview.from.number, to: preview.to.number } }]);
  });
}

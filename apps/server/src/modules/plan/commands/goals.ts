import { and, eq, sql } from 'drizzle-orm';
import { planItemRights, planItems, planMeasurements, planParticipants } from '../../../db/schema/index.js';
import { conflict, notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { onPortalSide } from '../access.js';
import type { Block } from '../blocks.js';
import { planBlockPolicy, planGoalPolicy } from '../policy.js';
import { withinPlan, type PlanWork } from '../within-plan.js';
import { itemOf, setField } from './fields.js';

type GoalsBlock = Extract<Block, { type: 'goals' }>;

async function goalsBlock(w: PlanWork, blockKey: string): Promise<GoalsBlock> {
  const block = w.plan.blocks.find((b) => b.key === blockKey);
  if (!block) throw notFound();
  planBlockPolicy.authorize(w.subject, 'read', { tenantId: w.subject.tenantId, blockKey });
  if (block.type !== 'goals') throw notFound();
  return block;
}

async function nextPosition(w: PlanWork, blockKey: string, parentId: string | null) {
  const [row] = await w.tx
    .select({ max: sql<number | null>`max(${planItems.position})` })
    .from(planItems)
    .where(and(eq(planItems.planId, w.plan.id), eq(planItems.blockKey, blockKey), parentId ? eq(planItems.parentId, parentId) : sql`parent_id is null`));
  return (row?.max ?? 0) + 1;
}

/**
 * Who sees a new goal: a goal a professional adds is visible to everyone linked who sees the block, writable and
 * measurable by those who may write the block; the coach narrows it per goal. A goal a resident or relative adds is
 * theirs to see, write and measure, and the coach decides whom else it is shown to.
 */
async function defaultRights(w: PlanWork, goalId: string, blockKey: string) {
  if (onPortalSide(w.subject)) {
    await w.tx.insert(planItemRights).values({ tenantId: w.subject.tenantId, itemId: goalId, personId: w.subject.personId, canView: true, canWrite: true, canMeasure: true });
    return;
  }
  const linked = await w.tx.select().from(planParticipants).where(eq(planParticipants.planId, w.plan.id));
  const rows = linked
    .map((p) => ({ p, level: (p.blockLevels as Record<string, string>)[blockKey] ?? 'none' }))
    .filter(({ p, level }) => p.portalAccess && level !== 'none')
    .map(({ p, level }) => ({ tenantId: w.subject.tenantId, itemId: goalId, personId: p.personId, canView: true, canWrite: level === 'write', canMeasure: level === 'write' }));
  if (rows.length > 0) await w.tx.insert(planItemRights).values(rows);
}

type GoalInput = { title: string; description?: string; targetDate?: string | null; lifeDomain?: string | null };

/** A new goal in a goals block, with its fields each starting their history. */
export async function addGoal(services: Services, ctx: RequestContext, planId: string, blockKey: string, input: GoalInput) {
  return withinPlan(services, ctx, planId, async (w) => {
    const block = await goalsBlock(w, blockKey);
    planBlockPolicy.authorize(w.subject, 'write', { tenantId: w.subject.tenantId, blockKey });
    const [goal] = await w.tx
      .insert(planItems)
      .values({ tenantId: w.subject.tenantId, planId, blockKey, kind: 'goal', position: await nextPosition(w, blockKey, null), createdAt: w.now, updatedAt: w.now })
      .returning({ id: planItems.id });
    await defaultRights(w, goal!.id, blockKey);
    const values: Array<[string, unknown]> = [
      ['title', input.title],
      ['description', input.description],
      ['targetDate', block.targetDate ? input.targetDate : undefined],
      ['lifeDomain', block.lifeDomain ? input.lifeDomain : undefined],
    ];
    for (const [fieldKey, value] of values) {
      if (value === undefined || value === null || value === '') continue;
      await setField(w, { blockKey, itemId: goal!.id, fieldKey }, 'goal', block, value, 0);
    }
    await w.audit([{ action: 'create', objectType: 'planGoal', objectId: goal!.id, details: { blockKey } }]);
    return { id: goal!.id };
  });
}

/** Removes a goal or an action from the page; it and its values stay in the history. */
export async function removeItem(services: Services, ctx: RequestContext, planId: string, itemId: string, input: { version: number }) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [row] = await w.tx.select().from(planItems).where(and(eq(planItems.id, itemId), eq(planItems.planId, planId)));
    if (!row || row.removedAt) throw notFound();
    const { goalId } = await itemOf(w.tx, planId, itemId, row.blockKey);
    planGoalPolicy.authorize(w.subject, 'remove', { tenantId: w.subject.tenantId, blockKey: row.blockKey, goalId });
    if (row.version !== input.version) throw conflict({ version: row.version, status: row.status });
    await w.tx.update(planItems).set({ removedAt: w.now, version: row.version + 1, updatedAt: w.now }).where(eq(planItems.id, itemId));
    await w.changed();
    await w.audit([{ action: 'delete', objectType: row.kind === 'goal' ? 'planGoal' : 'planAction', objectId: itemId }]);
  });
}

/** Achieved, not achieved or stopped, with a reason (kept as a field with history); back to open is allowed. */
export async function setGoalStatus(
  services: Services,
  ctx: RequestContext,
  planId: string,
  goalId: string,
  input: { status: 'open' | 'achieved' | 'notAchieved' | 'stopped'; reason: string; version: number; reasonVersion: number },
) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [row] = await w.tx.select().from(planItems).where(and(eq(planItems.id, goalId), eq(planItems.planId, planId), eq(planItems.kind, 'goal')));
    if (!row || row.removedAt) throw notFound();
    const block = await goalsBlock(w, row.blockKey);
    planGoalPolicy.authorize(w.subject, 'write', { tenantId: w.subject.tenantId, blockKey: row.blockKey, goalId });
    if (row.version !== input.version) throw conflict({ version: row.version, status: row.status });
    if (input.status !== 'open' && input.reason.trim() === '') throw validation([{ field: 'reason', code: 'required' }]);
    await w.tx.update(planItems).set({ status: input.status, version: row.version + 1, updatedAt: w.now }).where(eq(planItems.id, goalId));
    await setField(w, { blockKey: row.blockKey, itemId: goalId, fieldKey: 'statusReason' }, 'goal', block, input.reason, input.reasonVersion);
    await w.audit([{ action: 'update', objectType: 'planGoal', objectId: goalId, field: 'status', details: { status: input.status } }]);
    return { version: row.version + 1, status: input.status };
  });
}

/** An action under a goal: what, who, planned date; the done date is set later through its field. */
export async function addAction(services: Services, ctx: RequestContext, planId: string, goalId: string, input: { title: string; who?: string; plannedOn?: string | null }) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [goal] = await w.tx.select().from(planItems).where(and(eq(planItems.id, goalId), eq(planItems.planId, planId), eq(planItems.kind, 'goal')));
    if (!goal || goal.removedAt) throw notFound();
    const block = await goalsBlock(w, goal.blockKey);
    planGoalPolicy.authorize(w.subject, 'write', { tenantId: w.subject.tenantId, blockKey: goal.blockKey, goalId });
    if (!block.actions) throw notFound();
    const [action] = await w.tx
      .insert(planItems)
      .values({ tenantId: w.subject.tenantId, planId, blockKey: goal.blockKey, kind: 'action', parentId: goalId, position: await nextPosition(w, goal.blockKey, goalId), createdAt: w.now, updatedAt: w.now })
      .returning({ id: planItems.id });
    for (const [fieldKey, value] of [['title', input.title], ['who', input.who], ['plannedOn', input.plannedOn]] as const) {
      if (value === undefined || value === null || value === '') continue;
      await setField(w, { blockKey: goal.blockKey, itemId: action!.id, fieldKey }, 'action', block, value, 0);
    }
    await w.audit([{ action: 'create', objectType: 'planAction', objectId: action!.id, details: { goalId } }]);
    return { id: action!.id };
  });
}

/** A measurement on a goal, on the block's scale. */
export async function addMeasurement(services: Services, ctx: RequestContext, planId: string, goalId: string, input: { value: number; measuredOn: string; note: string }) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [goal] = await w.tx.select().from(planItems).where(and(eq(planItems.id, goalId), eq(planItems.planId, planId), eq(planItems.kind, 'goal')));
    if (!goal || goal.removedAt) throw notFound();
    const block = await goalsBlock(w, goal.blockKey);
    planGoalPolicy.authorize(w.subject, 'measure', { tenantId: w.subject.tenantId, blockKey: goal.blockKey, goalId });
    if (!block.measurements) throw notFound();
    if (input.value < block.measurements.min) throw validation([{ field: 'value', code: 'invalid', params: { min: block.measurements.min, max: block.measurements.max } }]);
    if (input.value > block.measurements.max) throw validation([{ field: 'value', code: 'invalid', params: { min: block.measurements.min, max: block.measurements.max } }]);
    const [row] = await w.tx
      .insert(planMeasurements)
      .values({ tenantId: w.subject.tenantId, planId, itemId: goalId, value: input.value, measuredOn: input.measuredOn, noteEncrypted: input.note ? services.cipher.encrypt(input.note) : null, createdByPersonId: w.subject.personId, createdAt: w.now })
      .returning({ id: planMeasurements.id });
    await w.changed();
    await w.audit([{ action: 'create', objectType: 'planMeasurement', objectId: row!.id, details: { goalId } }]);
    return { id: row!.id };
  });
}

import { and, eq, sql } from 'drizzle-orm';
import { planItemRights, planItems, planMeasurements, planParticipants, plans } from '../../../db/schema/index.js';
import { conflict, notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { onPortalSide } from '../access.js';
import type { Block } from '../blocks.js';
import { planBlockPolicy, planGoalPolicy } from '../policy.js';
import { withinPlan, type PlanWork } from '../within-plan.js';
import { requireCatalogueCode } from '../../dossier/catalogue.js';
import { latestOf, presentMeasurement } from '../presenter.js';
import { loadPlanContent } from '../repository.js';
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
    // A life domain is a code of the tenant's active catalogue (the same list the contact journal uses).
    if (block.lifeDomain && input.lifeDomain) await requireCatalogueCode(w.tx, 'lifeDomain', input.lifeDomain, 'lifeDomain');
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

function checkScale(block: GoalsBlock, value: number) {
  const scale = block.measurements!;
  if (value < scale.min || value > scale.max) throw validation([{ field: 'value', code: 'invalid', params: { min: scale.min, max: scale.max } }]);
}

/** A measurement on a goal, on the block's scale. */
export async function addMeasurement(services: Services, ctx: RequestContext, planId: string, goalId: string, input: { value: number; measuredOn: string; note: string }) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [goal] = await w.tx.select().from(planItems).where(and(eq(planItems.id, goalId), eq(planItems.planId, planId), eq(planItems.kind, 'goal')));
    if (!goal || goal.removedAt) throw notFound();
    const block = await goalsBlock(w, goal.blockKey);
    planGoalPolicy.authorize(w.subject, 'measure', { tenantId: w.subject.tenantId, blockKey: goal.blockKey, goalId });
    if (!block.measurements) throw notFound();
    checkScale(block, input.value);
    const [row] = await w.tx
      .insert(planMeasurements)
      .values({ tenantId: w.subject.tenantId, planId, itemId: goalId, value: input.value, measuredOn: input.measuredOn, noteEncrypted: input.note ? services.cipher.encrypt(input.note) : null, createdByPersonId: w.subject.personId, createdAt: w.now })
      .returning({ id: planMeasurements.id });
    await w.changed();
    await w.audit([{ action: 'create', objectType: 'planMeasurement', objectId: row!.id, details: { goalId } }]);
    return { id: row!.id };
  });
}

type CorrectionInput = { value?: number | undefined; measuredOn?: string | undefined; note: string; withdrawn: boolean; reason?: string | undefined };

/** The measurements of one goal as stored, for corrections and their history. */
async function goalMeasurements(w: PlanWork, goalId: string) {
  const content = await loadPlanContent(w.tx, w.plan.id);
  return content.measurements.filter((m) => m.itemId === goalId);
}

/** The goal a measurement belongs to, checked like adding one: 404 when the caller may not see the goal. */
async function measurementGoal(w: PlanWork, goalId: string, action: 'read' | 'measure') {
  const [goal] = await w.tx.select().from(planItems).where(and(eq(planItems.id, goalId), eq(planItems.planId, w.plan.id), eq(planItems.kind, 'goal')));
  if (!goal || goal.removedAt) throw notFound();
  const block = await goalsBlock(w, goal.blockKey);
  planGoalPolicy.authorize(w.subject, action, { tenantId: w.subject.tenantId, blockKey: goal.blockKey, goalId });
  if (!block.measurements) throw notFound();
  return block;
}

/**
 * Corrects a measurement: a new row naming the one it replaces, with new values, or withdrawn with a reason when it
 * was entered by mistake. The earlier row is never changed (the table is append-only). Who may add a measurement to
 * the goal may correct one. A row that was corrected in the meantime answers 409 with what is there now; the plan
 * row is locked first, so two corrections of one row cannot both pass that check.
 */
export async function correctMeasurement(services: Services, ctx: RequestContext, planId: string, measurementId: string, input: CorrectionInput) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [target] = await w.tx
      .select({ itemId: planMeasurements.itemId })
      .from(planMeasurements)
      .where(and(eq(planMeasurements.id, measurementId), eq(planMeasurements.planId, planId)));
    if (!target) throw notFound();
    const block = await measurementGoal(w, target.itemId, 'measure');
    if (input.withdrawn) {
      if (!input.reason?.trim()) throw validation([{ field: 'reason', code: 'required' }]);
    } else {
      const missing = (['value', 'measuredOn'] as const).filter((key) => input[key] === undefined);
      if (missing.length > 0) throw validation(missing.map((field) => ({ field, code: 'required' as const })));
      checkScale(block, input.value!);
    }
    await w.tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for('update');
    const rows = await goalMeasurements(w, target.itemId);
    const original = rows.find((m) => m.id === measurementId)!;
    const now = latestOf(rows, measurementId)!;
    if (now.id !== measurementId) throw conflict({ ...presentMeasurement(services.cipher, now), withdrawn: now.withdrawn });
    const text = input.withdrawn ? input.reason!.trim() : input.note;
    const [row] = await w.tx
      .insert(planMeasurements)
      .values({
        tenantId: w.subject.tenantId,
        planId,
        itemId: target.itemId,
        value: input.withdrawn ? original.value : input.value!,
        measuredOn: input.withdrawn ? original.measuredOn.slice(0, 10) : input.measuredOn!,
        noteEncrypted: text ? services.cipher.encrypt(text) : null,
        createdByPersonId: w.subject.personId,
        createdAt: w.now,
        replacesId: measurementId,
        withdrawn: input.withdrawn,
      })
      .returning({ id: planMeasurements.id });
    await w.changed();
    await w.audit([{ action: 'update', objectType: 'planMeasurement', objectId: row!.id, details: { goalId: target.itemId, replacesId: measurementId, withdrawn: input.withdrawn } }]);
    return { id: row!.id, replacesId: measurementId, withdrawn: input.withdrawn };
  });
}

/** Every measurement ever recorded on a goal (current, corrected and withdrawn), newest first. Reading is audited. */
export async function measurementHistory(services: Services, ctx: RequestContext, planId: string, goalId: string) {
  return withinPlan(services, ctx, planId, async (w) => {
    await measurementGoal(w, goalId, 'read');
    const rows = await goalMeasurements(w, goalId);
    await w.audit([{ action: 'read', objectType: 'planMeasurementHistory', objectId: goalId }]);
    return { items: chain(rows).map(({ row, replacedBy }) => ({ ...presentMeasurement(services.cipher, row), replacesId: row.replacesId, replacedBy, withdrawn: row.withdrawn, current: !replacedBy && !row.withdrawn })) };
  });
}

/** Rows newest first (a correction after what it corrects, even within one instant), each with the row that replaced it. */
export function chain<T extends { id: string; replacesId: string | null; createdAt: string }>(rows: T[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replacedBy = new Map(rows.filter((r) => r.replacesId).map((r) => [r.replacesId!, r.id]));
  const depth = (r: T): number => (r.replacesId && byId.has(r.replacesId) ? 1 + depth(byId.get(r.replacesId)!) : 0);
  return rows
    .map((row) => ({ row, at: new Date(row.createdAt).getTime(), depth: depth(row) }))
    .sort((a, b) => b.at - a.at || b.depth - a.depth)
    .map(({ row }) => ({ row, replacedBy: replacedBy.get(row.id) ?? null }));
}

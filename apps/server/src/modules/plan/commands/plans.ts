import { and, eq, inArray, sql } from 'drizzle-orm';
import { planGroupAccess, planItemRights, planParticipants, plans, userGroupMembers } from '../../../db/schema/index.js';
import { queryRows } from '../../../platform/db/index.js';
import { conflict, notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { changeDossier, readDossier } from '../../dossier/index.js';
import { plansWithAccess, type BlockLevel, type PlanSubject } from '../access.js';
import { residentWritableTypes, type Block } from '../blocks.js';
import { planCreationPolicy, planPolicy } from '../policy.js';
import { presentPlan } from '../presenter.js';
import { loadPlanContent, loadRights } from '../repository.js';
import { inMyGroupsSql, templatePolicy } from '../template-policy.js';
import { withinPlan } from '../within-plan.js';

/** The plans of a dossier the caller may open, newest first. */
export async function listPlans(services: Services, ctx: RequestContext, dossierId: string) {
  return readDossier(services, ctx, dossierId, async ({ tx, subject, audit }) => {
    planCreationPolicy.authorize(subject, 'read', { tenantId: subject.tenantId });
    const found = await plansWithAccess(tx, subject, { dossierId });
    const visible = found.filter((p) => {
      const ps: PlanSubject = { ...subject, plan: { planId: p.row.id, groupLevel: p.groupLevel, participant: p.participant, goalRights: new Map() } };
      return planPolicy.can(ps, 'read', { tenantId: p.row.tenantId });
    });
    await audit(visible.map((p) => ({ action: 'read' as const, objectType: 'plan', objectId: p.row.id })));
    return {
      items: visible.map((p) => ({ id: p.row.id, title: p.row.title, updatedAt: p.row.updatedAt.toISOString(), revision: p.row.revision })),
      policies: planCreationPolicy.permitted(subject, { tenantId: subject.tenantId }),
    };
  });
}

/**
 * A new plan from the latest published version of a template the caller may use. The user groups chosen may view or
 * edit it; the caller must keep edit through one of their own groups. The resident is linked with portal access.
 */
export async function createPlan(
  services: Services,
  ctx: RequestContext,
  dossierId: string,
  input: { templateId: string; title: string; groups: Array<{ userGroupId: string; level: 'view' | 'edit' }> },
) {
  const planId = await changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    planCreationPolicy.authorize(subject, 'create', { tenantId: subject.tenantId });
    const [template] = await queryRows<{ in_my_groups: boolean; version_id: string | null; blocks: Block[] | null }>(
      tx,
      sql`select ${inMyGroupsSql(subject.personId)} as in_my_groups, v.id as version_id, v.blocks
            from plan_template t
            left join lateral (select id, blocks from plan_template_version where template_id = t.id order by number desc limit 1) v on true
           where t.id = ${input.templateId}::uuid and t.archived_at is null`,
    );
    const usable = template && templatePolicy.can(subject, 'use', { tenantId: subject.tenantId, inMyGroups: template.in_my_groups, published: !!template.version_id });
    if (!usable) throw validation([{ field: 'templateId', code: 'unknown' }]);
    const groupIds = input.groups.map((g) => g.userGroupId);
    const mine = await tx
      .select({ id: userGroupMembers.userGroupId })
      .from(userGroupMembers)
      .where(and(eq(userGroupMembers.personId, subject.personId), groupIds.length ? inArray(userGroupMembers.userGroupId, groupIds) : sql`false`));
    const myGroups = new Set(mine.map((m) => m.id));
    if (!input.groups.some((g) => g.level === 'edit' && myGroups.has(g.userGroupId))) throw validation([{ field: 'groups', code: 'invalid' }]);
    const [plan] = await tx
      .insert(plans)
      .values({ tenantId: subject.tenantId, dossierId, templateVersionId: template.version_id!, title: input.title, createdByPersonId: subject.personId, lastChangedByPersonId: subject.personId, createdAt: now, updatedAt: now })
      .returning({ id: plans.id });
    const unique = new Map(input.groups.map((g) => [g.userGroupId, g.level]));
    try {
      await tx.insert(planGroupAccess).values([...unique].map(([userGroupId, level]) => ({ tenantId: subject.tenantId, planId: plan!.id, userGroupId, level })));
    } catch {
      throw validation([{ field: 'groups', code: 'unknown' }]);
    }
    const blockLevels = Object.fromEntries((template.blocks ?? []).map((b) => [b.key, residentWritableTypes.has(b.type) ? 'write' : 'view']));
    await tx.insert(planParticipants).values({ tenantId: subject.tenantId, planId: plan!.id, personId: subject.dossier.residentId, portalAccess: true, blockLevels });
    await audit([{ action: 'create', objectType: 'plan', objectId: plan!.id, details: { templateVersionId: template.version_id } }]);
    return plan!.id;
  });
  return readPlan(services, ctx, planId);
}

/** The plan page: every block and goal the caller may see, with what they may do. Reading is audited. */
export async function readPlan(services: Services, ctx: RequestContext, planId: string) {
  return withinPlan(services, ctx, planId, async ({ tx, subject, plan, audit }) => {
    const content = await loadPlanContent(tx, planId);
    const view = presentPlan(services.cipher, subject, plan, content);
    await audit([{ action: 'read', objectType: 'plan', objectId: planId, details: { blocks: view.blocks.map((b) => b.key).join(",") } }]);
    return view;
  });
}

/** Who is linked to the plan and sees which block, and which user groups may view or edit: for those who set it. */
export async function readRights(services: Services, ctx: RequestContext, planId: string) {
  return withinPlan(services, ctx, planId, async ({ tx, subject, plan, audit }) => {
    planPolicy.authorize(subject, 'manageRights', { tenantId: plan.tenantId });
    const rights = await loadRights(tx, planId, plan.dossierId);
    await audit([{ action: 'read', objectType: 'planRights', objectId: planId }]);
    return { version: plan.version, ...rights };
  });
}

type RightsInput = {
  version: number;
  participants: Array<{ personId: string; portalAccess: boolean; blockLevels: Record<string, BlockLevel> }>;
  groups: Array<{ userGroupId: string; level: 'none' | 'view' | 'edit' }>;
};

/**
 * Sets who is linked with which level per block, and the user groups' levels. Only the resident and the dossier's
 * relatives can be linked; the caller must keep edit through one of their groups. Audited as a grant, with the plan's
 * version raised so a second editor gets a conflict instead of overwriting.
 */
export async function saveRights(services: Services, ctx: RequestContext, planId: string, input: RightsInput) {
  await withinPlan(services, ctx, planId, async ({ tx, subject, plan, now, audit }) => {
    planPolicy.authorize(subject, 'manageRights', { tenantId: plan.tenantId });
    if (plan.version !== input.version) throw conflict({ version: plan.version, ...(await loadRights(tx, planId, plan.dossierId)) });
    const blockKeys = new Set(plan.blocks.map((b) => b.key));
    const { participants: candidates } = await loadRights(tx, planId, plan.dossierId);
    const allowed = new Set(candidates.map((c) => c.personId));
    input.participants.forEach((p, index) => {
      if (!allowed.has(p.personId)) throw validation([{ field: `participants.${index}.personId`, code: 'unknown' }]);
      const unknownBlock = Object.keys(p.blockLevels).find((key) => !blockKeys.has(key));
      if (unknownBlock) throw validation([{ field: `participants.${index}.blockLevels.${unknownBlock}`, code: 'unknown' }]);
    });
    const mine = await tx.select({ id: userGroupMembers.userGroupId }).from(userGroupMembers).where(eq(userGroupMembers.personId, subject.personId));
    const myGroups = new Set(mine.map((m) => m.id));
    if (!input.groups.some((g) => g.level === 'edit' && myGroups.has(g.userGroupId))) throw validation([{ field: 'groups', code: 'invalid' }]);

    await tx.delete(planParticipants).where(eq(planParticipants.planId, planId));
    if (input.participants.length > 0) {
      await tx.insert(planParticipants).values(input.participants.map((p) => ({ tenantId: subject.tenantId, planId, personId: p.personId, portalAccess: p.portalAccess, blockLevels: p.blockLevels })));
    }
    await tx.delete(planGroupAccess).where(eq(planGroupAccess.planId, planId));
    const granted = input.groups.filter((g) => g.level !== 'none');
    try {
      if (granted.length > 0) await tx.insert(planGroupAccess).values(granted.map((g) => ({ tenantId: subject.tenantId, planId, userGroupId: g.userGroupId, level: g.level as 'view' | 'edit' })));
    } catch {
      throw validation([{ field: 'groups', code: 'unknown' }]);
    }
    await tx.update(plans).set({ version: plan.version + 1, updatedAt: now }).where(eq(plans.id, planId));
    await audit([
      { action: 'grant', objectType: 'planRights', objectId: planId, details: { participants: JSON.stringify(input.participants.map((p) => [p.personId, p.portalAccess, p.blockLevels])), groups: JSON.stringify(granted.map((g) => [g.userGroupId, g.level])) } },
    ]);
  });
  return readRights(services, ctx, planId);
}

/**
 * Per goal and linked person: see, write, measure (seed 001). The save carries the rights version it was based on:
 * the plan's `version`, the same one the rights view and the block-level save use, and not the goal's own version.
 * The rights screen shows every person's block levels and goal rights together from one read, so one version for all
 * of them is what tells a stale screen; the goal's version guards its status and removal, which a change of rights
 * must not turn into conflicts on the plan page. A stale save answers 409 with the current rights.
 */
export async function saveGoalRights(
  services: Services,
  ctx: RequestContext,
  planId: string,
  goalId: string,
  input: { version: number; rights: Array<{ personId: string; canView: boolean; canWrite: boolean; canMeasure: boolean }> },
) {
  await withinPlan(services, ctx, planId, async ({ tx, subject, plan, now, audit }) => {
    planPolicy.authorize(subject, 'manageRights', { tenantId: plan.tenantId });
    const [goal] = await queryRows<{ id: string }>(tx, sql`select id from plan_item where id = ${goalId}::uuid and plan_id = ${planId}::uuid and kind = 'goal' and removed_at is null`);
    if (!goal) throw notFound();
    if (plan.version !== input.version) throw conflict({ version: plan.version, ...(await loadRights(tx, planId, plan.dossierId)) });
    const { participants } = await loadRights(tx, planId, plan.dossierId);
    const allowed = new Set(participants.map((c) => c.personId));
    input.rights.forEach((r, index) => {
      if (!allowed.has(r.personId)) throw validation([{ field: `rights.${index}.personId`, code: 'unknown' }]);
    });
    await tx.delete(planItemRights).where(eq(planItemRights.itemId, goalId));
    // A right to write or measure includes seeing; nothing is stored for a person who may not even see the goal.
    const rows = input.rights
      .filter((r) => r.canView || r.canWrite || r.canMeasure)
      .map((r) => ({ tenantId: subject.tenantId, itemId: goalId, personId: r.personId, canView: true, canWrite: r.canWrite, canMeasure: r.canMeasure }));
    if (rows.length > 0) await tx.insert(planItemRights).values(rows);
    // Compare-and-set: a save that read the same version concurrently updates no row and is a conflict.
    const [raised] = await tx
      .update(plans)
      .set({ version: plan.version + 1, updatedAt: now })
      .where(and(eq(plans.id, planId), eq(plans.version, input.version)))
      .returning({ version: plans.version });
    if (!raised) {
      const [current] = await tx.select({ version: plans.version }).from(plans).where(eq(plans.id, planId));
      throw conflict({ version: current!.version, ...(await loadRights(tx, planId, plan.dossierId)) });
    }
    await audit([{ action: 'grant', objectType: 'planGoalRights', objectId: goalId, details: { rights: JSON.stringify(rows.map((r) => [r.personId, r.canWrite, r.canMeasure])) } }]);
  });
  return readRights(services, ctx, planId);
}


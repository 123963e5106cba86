import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import type { Subject } from '../../platform/policy/index.js';
import type { Block } from './blocks.js';
import { dossierSubject, hasRelation, type DossierSubject } from '../dossier/index.js';

export type BlockLevel = 'none' | 'view' | 'write';
export type GroupLevel = 'none' | 'view' | 'edit';
export interface GoalRight {
  canView: boolean;
  canWrite: boolean;
  canMeasure: boolean;
}

/**
 * How the caller stands to one plan, on top of their relation to its dossier. Professionals reach a plan through the
 * user groups given access to it (seed 001: "welke gebruikersgroepen dit integraal plan mogen inzien en bewerken");
 * residents and relatives through being linked to it with portal access, with a level per block and rights per goal.
 */
export interface PlanAccess {
  planId: string;
  groupLevel: GroupLevel;
  participant: { portalAccess: boolean; blockLevels: Record<string, BlockLevel> } | null;
  /** The caller's rights per goal id; a goal without a row is hidden from residents and relatives. */
  goalRights: ReadonlyMap<string, GoalRight>;
}

export interface PlanSubject extends DossierSubject {
  plan: PlanAccess;
}

export interface PlanRow {
  id: string;
  /** The blocks of the template version the plan was made from. */
  blocks: Block[];
  /** The caller's name, for answers that say who changed a value. */
  callerName: string;
  tenantId: string;
  dossierId: string;
  templateVersionId: string;
  title: string;
  revision: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lastChangedByPersonId: string | null;
}

const portalRoles = new Set<Subject['role']>(['resident', 'relative']);
export const onPortalSide = (subject: Subject) => portalRoles.has(subject.role);

/**
 * Plans with their template blocks, the caller's group level, participant row and rights per goal, by plan id or by
 * dossier, in one query.
 */
export async function plansWithAccess(tx: Tx, subject: Subject, by: { planId: string } | { dossierId: string }) {
  const me = sql`${subject.personId}::uuid`;
  const filter = 'planId' in by ? sql`p.id = ${by.planId}::uuid` : sql`p.dossier_id = ${by.dossierId}::uuid`;
  const rows = await queryRows<{
    id: string;
    tenant_id: string;
    dossier_id: string;
    template_version_id: string;
    title: string;
    revision: number;
    version: number;
    created_at: string | Date;
    updated_at: string | Date;
    last_changed_by_person_id: string | null;
    group_level: number | null;
    portal_access: boolean | null;
    block_levels: Record<string, BlockLevel> | null;
    goal_rights: Record<string, GoalRight> | null;
    blocks: Block[];
    caller_name: string;
  }>(
    tx,
    sql`select p.id, p.tenant_id, p.dossier_id, p.template_version_id, p.title, p.revision, p.version, p.created_at,
          p.updated_at, p.last_changed_by_person_id,
          (select max(case a.level when 'edit' then 2 else 1 end) from plan_group_access a
             join user_group_member m on m.user_group_id = a.user_group_id and m.person_id = ${me}
            where a.plan_id = p.id) as group_level,
          pp.portal_access, pp.block_levels,
          case when pp.plan_id is null then null else
            (select json_object_agg(r.item_id, json_build_object('canView', r.can_view, 'canWrite', r.can_write, 'canMeasure', r.can_measure))
               from plan_item_right r join plan_item i on i.id = r.item_id where i.plan_id = p.id and r.person_id = ${me}) end as goal_rights,
          v.blocks,
          (select concat_ws(' ', u.first_name, u.infix, u.surname) from person u where u.id = ${me}) as caller_name
        from plan p
        join plan_template_version v on v.id = p.template_version_id
        left join plan_participant pp on pp.plan_id = p.id and pp.person_id = ${me}
       where ${filter}
       order by p.created_at desc`,
  );
  return rows.map((r) => ({
    row: {
      id: r.id,
      tenantId: r.tenant_id,
      dossierId: r.dossier_id,
      templateVersionId: r.template_version_id,
      title: r.title,
      revision: r.revision,
      version: r.version,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      lastChangedByPersonId: r.last_changed_by_person_id,
      blocks: r.blocks,
      callerName: r.caller_name,
    } satisfies PlanRow,
    groupLevel: (r.group_level === 2 ? 'edit' : r.group_level === 1 ? 'view' : 'none') as GroupLevel,
    participant: r.portal_access === null ? null : { portalAccess: r.portal_access, blockLevels: r.block_levels ?? {} },
    goalRights: new Map(Object.entries(r.goal_rights ?? {})),
  }));
}

/**
 * The caller as seen from one plan: 404 when the plan does not exist in the tenant or the caller has no relation to
 * its dossier. Whether they may read the plan itself is the plan policy's call.
 */
export async function planSubject(tx: Tx, subject: Subject, planId: string, now: Date): Promise<{ ps: PlanSubject; plan: PlanRow }> {
  const [found] = await plansWithAccess(tx, subject, { planId });
  if (!found) throw notFound();
  const ds = await dossierSubject(tx, subject, found.row.dossierId, now);
  return {
    ps: { ...ds, plan: { planId, groupLevel: found.groupLevel, participant: found.participant, goalRights: onPortalSide(subject) ? found.goalRights : new Map() } },
    plan: found.row,
  };
}

const portalRelations = ['resident', 'guardian', 'relativeWrite', 'relativeView'] as const;
const professionalRelations = ['teamProfessional', 'namedProfessional', 'breakGlass', 'provider'] as const;
const rank: Record<BlockLevel, number> = { none: 0, view: 1, write: 2 };
const lower = (a: BlockLevel, b: BlockLevel): BlockLevel => (rank[a] <= rank[b] ? a : b);

/** The level a professional has on every block of the plan: from their user groups, with a relation to the dossier. */
function professionalLevel(s: PlanSubject): BlockLevel {
  if (onPortalSide(s) || !hasRelation(s, professionalRelations)) return 'none';
  return s.plan.groupLevel === 'edit' ? 'write' : s.plan.groupLevel === 'view' ? 'view' : 'none';
}

/** A resident's or relative's level on one block: granted per block, at most view for a relative who may only view. */
function portalLevel(s: PlanSubject, blockKey: string): BlockLevel {
  if (!onPortalSide(s) || !s.plan.participant?.portalAccess) return 'none';
  if (!hasRelation(s, portalRelations)) return 'none';
  const granted = s.plan.participant.blockLevels[blockKey] ?? 'none';
  const mayWrite = hasRelation(s, ['resident', 'guardian', 'relativeWrite']);
  return mayWrite ? granted : lower(granted, 'view');
}

/** The effective level on a block; a closed dossier is read-only for everyone. */
export function blockLevel(s: PlanSubject, blockKey: string): BlockLevel {
  const level = onPortalSide(s) ? portalLevel(s, blockKey) : professionalLevel(s);
  return s.dossier.closed ? lower(level, 'view') : level;
}

/** The plan itself: professionals with group access, or a linked person with portal access. */
export function planLevel(s: PlanSubject): BlockLevel {
  if (onPortalSide(s)) return s.plan.participant?.portalAccess && hasRelation(s, portalRelations) ? 'view' : 'none';
  const level = professionalLevel(s);
  return s.dossier.closed ? lower(level, 'view') : level;
}

export const isPlanProfessional = (s: PlanSubject) => !onPortalSide(s);
export { rank as blockLevelRank };

import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import type { Block } from './blocks.js';

export interface PersonName {
  firstName: string;
  infix: string | null;
  surname: string;
}

export interface FieldRow {
  id: string;
  blockKey: string;
  itemId: string | null;
  fieldKey: string;
  valueEncrypted: string;
  version: number;
  updatedAt: string;
  updatedBy: PersonName;
}

export interface ItemRow {
  id: string;
  blockKey: string;
  kind: 'goal' | 'action';
  parentId: string | null;
  position: number;
  status: 'open' | 'achieved' | 'notAchieved' | 'stopped';
  version: number;
  removedAt: string | null;
}

export interface MeasurementRow {
  id: string;
  itemId: string;
  value: number;
  measuredOn: string;
  noteEncrypted: string | null;
  by: PersonName;
  createdAt: string;
  /** The row this one corrects (append-only: the earlier row stays as it was). */
  replacesId: string | null;
  withdrawn: boolean;
}

export interface ScoreSetRow {
  id: string;
  blockKey: string;
  raterPersonId: string;
  raterKind: 'resident' | 'professional' | 'network';
  measuredOn: string;
  instrumentVersion: string;
  createdAt: string;
  rater: PersonName;
  scores: Array<{ domainKey: string; score: number; noteEncrypted: string | null }>;
  /** The set this one corrects (append-only: the earlier set stays as it was). */
  replacesId: string | null;
  withdrawn: boolean;
}

/** One life domain of the tenant's catalogue, switched off or not: a goal keeps showing the label of its code. */
export interface LifeDomainRow {
  code: string;
  labelNl: string;
  labelEn: string;
}

export interface SignatureRow {
  id: string;
  personId: string;
  kind: 'approved' | 'seen';
  role: string;
  revision: number;
  signInMethod: string;
  signedOn: string;
  hasPdf: boolean;
  person: PersonName;
}

export interface PlanContent {
  template: { id: string; versionId: string; number: number; name: string; blocks: Block[]; latestNumber: number };
  fields: FieldRow[];
  items: ItemRow[];
  measurements: MeasurementRow[];
  scoreSets: ScoreSetRow[];
  signatures: SignatureRow[];
  lifeDomains: LifeDomainRow[];
  lastChangedBy: PersonName | null;
}

const name = (alias: string) => sql.raw(`json_build_object('firstName', ${alias}.first_name, 'infix', ${alias}.infix, 'surname', ${alias}.surname)`);

/**
 * Everything a plan holds, in one round trip: its template version, fields, goals and actions, measurements,
 * score sets and signatures. What the caller may see of it is decided by the presenter, before anything is decrypted.
 */
export async function loadPlanContent(tx: Tx, planId: string): Promise<PlanContent> {
  const plan = sql`${planId}::uuid`;
  const [row] = await queryRows<{
    template: PlanContent['template'];
    fields: FieldRow[] | null;
    items: ItemRow[] | null;
    measurements: MeasurementRow[] | null;
    score_sets: ScoreSetRow[] | null;
    signatures: SignatureRow[] | null;
    life_domains: LifeDomainRow[] | null;
    last_changed_by: PersonName | null;
  }>(
    tx,
    sql`select
      (select json_build_object('id', v.template_id, 'versionId', v.id, 'number', v.number, 'name', v.name, 'blocks', v.blocks,
                'latestNumber', (select max(l.number) from plan_template_version l where l.template_id = v.template_id))
         from plan p join plan_template_version v on v.id = p.template_version_id where p.id = ${plan}) as template,
      (select json_agg(json_build_object('id', f.id, 'blockKey', f.block_key, 'itemId', f.item_id, 'fieldKey', f.field_key,
                'valueEncrypted', f.value_encrypted, 'version', f.version, 'updatedAt', f.updated_at, 'updatedBy', ${name('u')}))
         from plan_field f join person u on u.id = f.updated_by_person_id where f.plan_id = ${plan}) as fields,
      (select json_agg(json_build_object('id', i.id, 'blockKey', i.block_key, 'kind', i.kind, 'parentId', i.parent_id,
                'position', i.position, 'status', i.status, 'version', i.version, 'removedAt', i.removed_at) order by i.position)
         from plan_item i where i.plan_id = ${plan}) as items,
      (select json_agg(json_build_object('id', m.id, 'itemId', m.item_id, 'value', m.value, 'measuredOn', m.measured_on,
                'noteEncrypted', m.note_encrypted, 'by', ${name('u')}, 'createdAt', m.created_at, 'replacesId', m.replaces_id,
                'withdrawn', m.withdrawn) order by m.measured_on, m.created_at)
         from plan_measurement m join person u on u.id = m.created_by_person_id where m.plan_id = ${plan}) as measurements,
      (select json_agg(json_build_object('id', s.id, 'blockKey', s.block_key, 'raterPersonId', s.rater_person_id,
                'raterKind', s.rater_kind, 'measuredOn', s.measured_on, 'instrumentVersion', s.instrument_version,
                'createdAt', s.created_at, 'rater', ${name('u')}, 'replacesId', s.replaces_id, 'withdrawn', s.withdrawn,
                'scores', (select json_agg(json_build_object('domainKey', c.domain_key, 'score', c.score, 'noteEncrypted', c.note_encrypted))
                             from plan_score c where c.set_id = s.id)) order by s.measured_on, s.created_at)
         from plan_score_set s join person u on u.id = s.rater_person_id where s.plan_id = ${plan}) as score_sets,
      (select json_agg(json_build_object('id', g.id, 'personId', g.person_id, 'kind', g.kind, 'role', g.role, 'revision', g.revision,
                'signInMethod', g.sign_in_method, 'signedOn', g.signed_on, 'hasPdf', g.pdf is not null, 'person', ${name('u')}) order by g.created_at)
         from plan_signature g join person u on u.id = g.person_id where g.plan_id = ${plan}) as signatures,
      (select json_agg(json_build_object('code', c.code, 'labelNl', c.label_nl, 'labelEn', c.label_en))
         from catalogue_item c where c.kind = 'lifeDomain') as life_domains,
      (select ${name('u')} from plan p join person u on u.id = p.last_changed_by_person_id where p.id = ${plan}) as last_changed_by`,
  );
  return {
    template: row!.template,
    fields: row!.fields ?? [],
    items: row!.items ?? [],
    measurements: row!.measurements ?? [],
    scoreSets: row!.score_sets ?? [],
    signatures: row!.signatures ?? [],
    lifeDomains: row!.life_domains ?? [],
    lastChangedBy: row!.last_changed_by,
  };
}

export interface ParticipantRow {
  personId: string;
  name: PersonName;
  /** 'resident' or the relative's relation to the resident (e.g. "moeder"). */
  relation: string;
  dossierLevel: 'resident' | 'none' | 'informed' | 'view' | 'write';
  portalAccess: boolean;
  blockLevels: Record<string, 'none' | 'view' | 'write'>;
  goalRights: Record<string, { canView: boolean; canWrite: boolean; canMeasure: boolean }>;
}

/**
 * The people who can be linked to a plan (the resident and the dossier's relatives) with what they have now, and the
 * user groups with their level: for the professional who sets the rights.
 */
export async function loadRights(tx: Tx, planId: string, dossierId: string) {
  const plan = sql`${planId}::uuid`;
  const people = await queryRows<{
    person_id: string;
    name: PersonName;
    relation: string;
    dossier_level: ParticipantRow['dossierLevel'];
    portal_access: boolean | null;
    block_levels: ParticipantRow['blockLevels'] | null;
    goal_rights: ParticipantRow['goalRights'] | null;
  }>(
    tx,
    sql`with candidates as (
          select d.resident_id as person_id, 'resident' as relation, 'resident' as dossier_level, 0 as ord from dossier d where d.id = ${dossierId}::uuid
          union all
          select r.person_id, r.relation, r.level::text, 1 from dossier_relative r where r.dossier_id = ${dossierId}::uuid
        )
        select c.person_id, ${name('u')} as name, c.relation, c.dossier_level, pp.portal_access, pp.block_levels,
               (select json_object_agg(ir.item_id, json_build_object('canView', ir.can_view, 'canWrite', ir.can_write, 'canMeasure', ir.can_measure))
                  from plan_item_right ir join plan_item i on i.id = ir.item_id
                 where i.plan_id = ${plan} and ir.person_id = c.person_id) as goal_rights
          from candidates c join person u on u.id = c.person_id
          left join plan_participant pp on pp.plan_id = ${plan} and pp.person_id = c.person_id
         order by c.ord, u.surname, u.first_name`,
  );
  const groups = await queryRows<{ user_group_id: string; name: string; level: 'view' | 'edit' | null }>(
    tx,
    sql`select g.id as user_group_id, g.name, a.level from user_group g
          left join plan_group_access a on a.user_group_id = g.id and a.plan_id = ${plan}
         order by g.name`,
  );
  return {
    participants: people.map(
      (p): ParticipantRow => ({
        personId: p.person_id,
        name: p.name,
        relation: p.relation,
        dossierLevel: p.dossier_level,
        portalAccess: p.portal_access ?? false,
        blockLevels: p.block_levels ?? {},
        goalRights: p.goal_rights ?? {},
      }),
    ),
    groups: groups.map((g) => ({ userGroupId: g.user_group_id, name: g.name, level: g.level ?? ('none' as const) })),
  };
}

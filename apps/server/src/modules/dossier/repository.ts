import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import type { Language } from '../../platform/i18n.js';
import type { Subject } from '../../platform/policy/index.js';
import { dossierReachSql, relationsSql, residentSide, selfDeterminedSql, type DossierRelation, type DossierSubject } from './access.js';
import { actionPolicy, journalPolicy } from './policy.js';
import { policyReachSql } from './rules.js';

type Name = { firstName: string; infix: string | null; surname: string };
type Coded = { code: string; label: string };

export interface DossierRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  file_number: string;
  version: number;
  registered_on: string;
  closed_on: string | null;
  closing_reason: string | null;
  last_activity_at: Date | string;
  resident: Name & { id: string };
  team: { id: string; name: string; teamType: string };
  organisation: { name: string; phone: string | null; email: string | null };
  relations: DossierRelation[];
  self_determined: boolean;
}

const label = (language: Language) => (language === 'en' ? sql`c.label_en` : sql`c.label_nl`);

/** A catalogue label by code, in the reader's language; the code itself when the item was removed. */
const catalogueLabel = (kind: string, code: SQL, language: Language) =>
  sql`(select json_build_object('code', ${code}, 'label', coalesce((select ${label(language)} from catalogue_item c where c.kind = ${kind} and c.code = ${code}), ${code})))`;

const dossierColumns = (subject: Subject, at: Date) => sql`
  d.id, d.tenant_id, d.file_number, d.version, d.registered_on::text, d.closed_on::text, d.last_activity_at,
  d.closing_reason,
  json_build_object('id', r.id, 'firstName', r.first_name, 'infix', r.infix, 'surname', r.surname) as resident,
  json_build_object('id', t.id, 'name', t.name, 'teamType', t.team_type) as team,
  json_build_object('name', o.name, 'phone', o.phone, 'email', o.email) as organisation,
  ${relationsSql(subject, at)} as relations, ${selfDeterminedSql(at)} as self_determined`;

const dossierJoins = sql`from dossier d join person r on r.id = d.resident_id join team t on t.id = d.team_id join organisation o on o.id = t.organisation_id`;

/** Every dossier the subject has a relation to, open ones first (Mijn dossiers). */
export function listReachableDossiers(tx: Tx, subject: Subject, at: Date) {
  return queryRows<DossierRow>(
    tx,
    sql`select ${dossierColumns(subject, at)} ${dossierJoins} where ${dossierReachSql(subject, at)}
        order by d.closed_on is not null, d.last_activity_at desc limit 200`,
  );
}

/** The caller as seen from a dossier row that carries its relations (see dossierColumns). */
export function subjectForRow(subject: Subject, row: DossierRow): DossierSubject {
  return {
    ...subject,
    dossier: { tenantId: row.tenant_id, dossierId: row.id, residentId: row.resident.id, teamId: row.team.id, closed: row.closed_on !== null, relations: row.relations, selfDetermined: row.self_determined },
  };
}

export function findDossierRow(tx: Tx, subject: Subject, dossierId: string, at: Date) {
  return queryRows<DossierRow>(tx, sql`select ${dossierColumns(subject, at)} ${dossierJoins} where d.id = ${dossierId}::uuid`).then(
    (rows) => rows[0] ?? null,
  );
}

export interface DossierPartsRow extends Record<string, unknown> {
  professionals: Array<Name & { personId: string; phone: string | null; email: string | null; organisation: string | null; responsible: boolean }>;
  relatives: Array<Name & { personId: string; relation: string; level: 'none' | 'informed' | 'view' | 'write'; actsOnBehalf: boolean; hasAccount: boolean; language: 'nl' | 'en'; version: number }>;
  involved: Array<{ id: string; name: string; contactName: string | null; phone: string | null; email: string | null; version: number }>;
  journal: Array<{
    id: string;
    occurredOn: string;
    author: Name;
    authorPersonId: string;
    authorKind: 'professional' | 'resident' | 'relative';
    contactType: Coded;
    lifeDomain: Coded | null;
    noteEncrypted: string;
    visibleToResident: boolean;
    version: number;
  }>;
  journal_total: number;
  sections: Array<{ kind: 'livingSituation' | 'future' | 'agreements'; textEncrypted: string; version: number; updatedAt: string; updatedBy: Name | null }>;
  services: Array<{ id: string; product: string; supplier: string; startsOn: string | null; endsOn: string | null; status: 'requested' | 'granted' | 'refused' | 'ended'; version: number }>;
  actions: ActionJson[] | null;
  resident_account: 'invited' | 'active' | 'deactivated' | null;
}

export interface ActionJson {
  id: string;
  dossierId: string;
  createdOn: string;
  createdBy: Name;
  standardAction: Coded | null;
  text: string;
  assignee: string | null;
  contactName: string | null;
  plannedOn: string | null;
  doneOn: string | null;
  version: number;
}

const nameJson = (alias: string) =>
  sql.raw(`json_build_object('firstName', ${alias}.first_name, 'infix', ${alias}.infix, 'surname', ${alias}.surname)`);

export const actionJson = (language: Language) => sql`json_build_object(
  'id', a.id, 'dossierId', a.dossier_id, 'createdOn', (a.created_at at time zone 'Europe/Amsterdam')::date::text, 'createdBy', ${nameJson('ap')},
  'standardAction', case when a.standard_code is null then null else ${catalogueLabel('standardAction', sql`a.standard_code`, language)} end,
  'text', a.text, 'assignee', a.assignee, 'contactName', a.contact_name, 'plannedOn', a.planned_on::text, 'doneOn', a.done_on::text,
  'version', a.version)`;

/** A page of the journal as a JSON array, newest first, filtered by the journal policy in SQL. */
const journalPage = (subject: DossierSubject, language: Language, limit: number, offset: number) => sql`
      (select coalesce(json_agg(j.entry order by j.occurred_on desc, j.created_at desc), '[]') from (
         select je.occurred_on, je.created_at, json_build_object('id', je.id, 'occurredOn', je.occurred_on::text, 'author', ${nameJson('jp')},
           'authorPersonId', je.author_person_id, 'authorKind', je.author_kind,
           'contactType', ${catalogueLabel('contactType', sql`je.contact_type`, language)},
           'lifeDomain', case when je.life_domain is null then null else ${catalogueLabel('lifeDomain', sql`je.life_domain`, language)} end,
           'noteEncrypted', je.note_encrypted, 'visibleToResident', je.visible_to_resident, 'version', je.version) as entry
           from journal_entry je join person jp on jp.id = je.author_person_id
          where je.dossier_id = ${subject.dossier.dossierId}::uuid and ${journalPolicy.where(subject, 'read')}
          order by je.occurred_on desc, je.created_at desc limit ${limit} offset ${offset}) j)`;

const journalCount = (subject: DossierSubject) =>
  sql`(select count(*)::int from journal_entry je where je.dossier_id = ${subject.dossier.dossierId}::uuid and ${journalPolicy.where(subject, 'read')})`;

/** One page of the journal and its total, for "meer laden". */
export async function loadJournalPage(tx: Tx, subject: DossierSubject, language: Language, page: number, pageSize: number) {
  const [row] = await queryRows<Pick<DossierPartsRow, 'journal' | 'journal_total'>>(
    tx,
    sql`select ${journalPage(subject, language, pageSize, (page - 1) * pageSize)} as journal, ${journalCount(subject)} as journal_total`,
  );
  return row!;
}

/**
 * Every part of the dossier page in one round trip: each part is a JSON sub-select, filtered by the part's policy
 * in SQL, so rows the caller may not see never leave the database.
 */
export async function loadDossierParts(tx: Tx, subject: DossierSubject, language: Language, journalLimit: number): Promise<DossierPartsRow> {
  const dossierId = sql`${subject.dossier.dossierId}::uuid`;
  const canReadActions = actionPolicy.can(subject, 'read', { tenantId: subject.tenantId });
  const [row] = await queryRows<DossierPartsRow>(
    tx,
    sql`select
      (select a.status from account a join dossier rd on rd.resident_id = a.person_id where rd.id = ${dossierId} limit 1) as resident_account,
      (select coalesce(json_agg(json_build_object('personId', p.id, 'firstName', p.first_name, 'infix', p.infix, 'surname', p.surname,
          'phone', p.phone, 'email', p.email, 'organisation', po.name, 'responsible', dp.responsible) order by p.surname), '[]')
         from dossier_professional dp join person p on p.id = dp.person_id left join organisation po on po.id = p.organisation_id
        where dp.dossier_id = ${dossierId}) as professionals,
      (select coalesce(json_agg(json_build_object('personId', p.id, 'firstName', p.first_name, 'infix', p.infix, 'surname', p.surname,
          'relation', dr.relation, 'level', dr.level, 'actsOnBehalf', dr.acts_on_behalf, 'version', dr.version, 'language', p.language,
          'hasAccount', exists (select 1 from account ac where ac.person_id = p.id and ac.status <> 'deactivated')) order by p.first_name), '[]')
         from dossier_relative dr join person p on p.id = dr.person_id where dr.dossier_id = ${dossierId}) as relatives,
      (select coalesce(json_agg(json_build_object('id', i.id, 'name', i.name, 'contactName', i.contact_name, 'phone', i.phone,
          'email', i.email, 'version', i.version) order by i.name), '[]')
         from involved_party i where i.dossier_id = ${dossierId} and i.removed_at is null) as involved,
      ${journalPage(subject, language, journalLimit, 0)} as journal,
      ${journalCount(subject)} as journal_total,
      (select coalesce(json_agg(json_build_object('kind', s.kind, 'textEncrypted', s.text_encrypted, 'version', s.version,
          'updatedAt', s.updated_at, 'updatedBy', case when sp.id is null then null else ${nameJson('sp')} end)), '[]')
         from plan_section s left join person sp on sp.id = s.updated_by_person_id where s.dossier_id = ${dossierId}) as sections,
      (select coalesce(json_agg(json_build_object('id', v.id, 'product', v.product, 'supplier', v.supplier, 'startsOn', v.starts_on::text,
          'endsOn', v.ends_on::text, 'status', v.status, 'version', v.version) order by v.starts_on desc nulls last), '[]')
         from specialist_service v where v.dossier_id = ${dossierId}) as services,
      ${
        canReadActions
          ? sql`(select coalesce(json_agg(${actionJson(language)} order by a.done_on is not null, a.planned_on nulls last), '[]')
                   from dossier_action a join person ap on ap.id = a.created_by_person_id
                  where a.dossier_id = ${dossierId} and a.removed_at is null)`
          : sql`null`
      } as actions`,
  );
  return row!;
}

/**
 * Open actions of every open dossier where the subject is the resident (or their guardian): *Mijn acties*. One query:
 * the action policy's SQL filter over the resident side, and per row how the subject stands to its dossier, so the
 * caller builds each action's policies without asking again per dossier.
 */
export function listMyOpenActions(tx: Tx, subject: Subject, at: Date, language: Language) {
  return queryRows<{ action: ActionJson; file_number: string; resident_id: string; team_id: string; relations: DossierRelation[]; self_determined: boolean }>(
    tx,
    sql`select ${actionJson(language)} as action, d.file_number, d.resident_id, d.team_id, ${relationsSql(subject, at)} as relations,
               ${selfDeterminedSql(at)} as self_determined
          from dossier_action a join dossier d on d.id = a.dossier_id join person ap on ap.id = a.created_by_person_id
          join person r on r.id = d.resident_id
         where ${policyReachSql(actionPolicy, 'read', subject, at, residentSide)} and d.closed_on is null
           and a.removed_at is null and a.done_on is null
         order by a.planned_on nulls last limit 100`,
  );
}

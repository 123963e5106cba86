import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import { dossierReachSql, relationsSql, type DossierAccess, type DossierRelation, type DossierSubject } from '../dossier/index.js';
import type { Subject } from '../../platform/policy/index.js';

/** A dossier as the planning and ECD need it: how the caller stands to it and whether the resident lives in a home. */
export interface CareDossier extends DossierAccess {
  residentialLocation: boolean;
  teamName: string;
  fileNumber: string;
}

interface CareDossierRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  resident_id: string;
  team_id: string;
  team_name: string;
  file_number: string;
  closed_on: string | null;
  residential_location: boolean;
  relations: DossierRelation[];
}

const toCareDossier = (row: CareDossierRow): CareDossier => ({
  tenantId: row.tenant_id,
  dossierId: row.id,
  residentId: row.resident_id,
  teamId: row.team_id,
  teamName: row.team_name,
  fileNumber: row.file_number,
  closed: row.closed_on !== null,
  relations: row.relations,
  residentialLocation: row.residential_location,
});

const careDossierSelect = (subject: Subject, at: Date) => sql`
  select d.id, d.tenant_id, d.resident_id, d.team_id, t.name as team_name, d.file_number, d.closed_on,
         coalesce(rp.residential_location, false) as residential_location, ${relationsSql(subject, at)} as relations
  from dossier d
  join team t on t.id = d.team_id
  left join resident_profile rp on rp.person_id = d.resident_id`;

/** The dossiers the subject reaches through one of `relations` (the portal: the resident's side and relatives). */
export async function reachableCareDossiers(tx: Tx, subject: Subject, at: Date, relations: readonly DossierRelation[]): Promise<CareDossier[]> {
  const rows = await queryRows<CareDossierRow>(
    tx,
    sql`${careDossierSelect(subject, at)} where ${dossierReachSql(subject, at, relations)} order by d.registered_on desc, d.id`,
  );
  return rows.map(toCareDossier);
}

/** One dossier's care facts for a subject already known to reach it. */
export async function careDossierOf(tx: Tx, subject: DossierSubject, at: Date): Promise<CareDossier> {
  const [row] = await queryRows<CareDossierRow>(tx, sql`${careDossierSelect(subject, at)} where d.id = ${subject.dossier.dossierId}::uuid`);
  return toCareDossier(row!);
}

export interface VisitRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  dossier_id: string;
  organisation_id: string;
  organisation_name: string;
  kind: 'personalCare' | 'householdHelp' | 'nursing' | 'support';
  professional_first_name: string;
  professional_person_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  version: number;
}

/**
 * Visits starting in [from, to) of the given dossiers, each dossier with its own policy condition (`where`, over
 * the visit table's own columns). Cancelled visits are left out.
 */
export async function visitsIn(tx: Tx, dossiers: Array<{ dossierId: string; where: SQL }>, from: Date, to: Date): Promise<VisitRow[]> {
  if (dossiers.length === 0) return [];
  const perDossier = sql.join(
    dossiers.map(({ dossierId, where }) => sql`(dossier_id = ${dossierId}::uuid and ${where})`),
    sql` or `,
  );
  return queryRows<VisitRow>(
    tx,
    sql`select v.id, v.tenant_id, v.dossier_id, v.organisation_id, o.name as organisation_name, v.kind, v.professional_first_name,
               v.professional_person_id, v.starts_at, v.ends_at, v.version
        from (select * from visit
              where (${perDossier}) and cancelled_at is null
                and starts_at >= ${from.toISOString()}::timestamptz and starts_at < ${to.toISOString()}::timestamptz) v
        join organisation o on o.id = v.organisation_id
        order by v.starts_at, v.id`,
  );
}

export async function findVisit(tx: Tx, dossierId: string, visitId: string): Promise<(VisitRow & { cancelled_at: Date | string | null }) | null> {
  const [row] = await queryRows<VisitRow & { cancelled_at: Date | string | null }>(
    tx,
    sql`select v.id, v.tenant_id, v.dossier_id, v.organisation_id, o.name as organisation_name, v.kind, v.professional_first_name,
               v.professional_person_id, v.starts_at, v.ends_at, v.version, v.cancelled_at
        from visit v join organisation o on o.id = v.organisation_id
        where v.id = ${visitId}::uuid and v.dossier_id = ${dossierId}::uuid`,
  );
  return row ?? null;
}

/** Whether a person works for the organisation (a visit may name the professional who comes). */
export async function isStaffOf(tx: Tx, personId: string, organisationId: string): Promise<boolean> {
  const rows = await queryRows(tx, sql`select 1 from person where id = ${personId}::uuid and organisation_id = ${organisationId}::uuid`);
  return rows.length > 0;
}

export interface ReportRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  dossier_id: string;
  organisation_id: string;
  organisation_name: string;
  written_at: Date | string;
  text_encrypted: string;
  visible_to_resident: boolean;
  author_first_name: string;
  author_surname: string;
  total: number;
}

/** One page of care reports of the given dossiers, newest first, each dossier filtered by its own policy condition. */
export async function reportsPage(tx: Tx, dossiers: Array<{ dossierId: string; where: SQL }>, page: number, pageSize: number): Promise<ReportRow[]> {
  if (dossiers.length === 0) return [];
  const perDossier = sql.join(
    dossiers.map(({ dossierId, where }) => sql`(dossier_id = ${dossierId}::uuid and ${where})`),
    sql` or `,
  );
  return queryRows<ReportRow>(
    tx,
    sql`select r.id, r.tenant_id, r.dossier_id, r.organisation_id, o.name as organisation_name, r.written_at, r.text_encrypted,
               r.visible_to_resident, p.first_name as author_first_name, p.surname as author_surname,
               (count(*) over ())::int as total
        from (select * from care_report where ${perDossier}) r
        join organisation o on o.id = r.organisation_id
        join person p on p.id = r.author_person_id
        order by r.written_at desc, r.id desc
        limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
}

export async function reportTotal(tx: Tx, dossiers: Array<{ dossierId: string; where: SQL }>): Promise<number> {
  if (dossiers.length === 0) return 0;
  const perDossier = sql.join(
    dossiers.map(({ dossierId, where }) => sql`(dossier_id = ${dossierId}::uuid and ${where})`),
    sql` or `,
  );
  const [row] = await queryRows<{ total: number }>(tx, sql`select count(*)::int as total from care_report where ${perDossier}`);
  return row?.total ?? 0;
}

export interface PlanSectionRow extends Record<string, unknown> {
  id: string;
  dossier_id: string;
  kind: 'livingSituation' | 'future' | 'agreements';
  text_encrypted: string;
  updated_at: Date | string;
}

export async function planSectionsOf(tx: Tx, dossierIds: readonly string[]): Promise<PlanSectionRow[]> {
  if (dossierIds.length === 0) return [];
  return queryRows<PlanSectionRow>(
    tx,
    sql`select id, dossier_id, kind, text_encrypted, updated_at from plan_section
        where dossier_id in (${sql.join(dossierIds.map((id) => sql`${id}::uuid`), sql`, `)})
        order by array_position(array['livingSituation', 'future', 'agreements']::plan_section_kind[], kind)`,
  );
}

import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/index.js';

export interface StaffRow {
  id: string;
  tenant_id: string;
  person_id: string;
  email: string;
  status: 'invited' | 'active' | 'deactivated';
  version: number;
  first_name: string;
  infix: string | null;
  surname: string;
  organisation: { id: string; name: string } | null;
  roles: string[];
  teams: { id: string; name: string; isSuperuser: boolean }[];
  user_groups: { id: string; name: string }[];
  last_sign_in_at: Date | string | null;
  total: number;
}

const staffColumns = sql`account.id, account.tenant_id, account.person_id, account.email, account.status, account.version,
    person.first_name, person.infix, person.surname,
    (select json_build_object('id', o.id, 'name', o.name) from organisation o where o.id = person.organisation_id) as organisation,
    coalesce((select array_agg(distinct r.role::text order by r.role::text) from account_role r where r.account_id = account.id), '{}') as roles,
    coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name, 'isSuperuser', tm.is_superuser) order by t.name)
      from team_member tm join team t on t.id = tm.team_id where tm.person_id = account.person_id), '[]'::json) as teams,
    coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name) order by g.name)
      from user_group_member gm join user_group g on g.id = gm.user_group_id where gm.person_id = account.person_id), '[]'::json) as user_groups,
    (select max(s.created_at) from session s where s.account_id = account.id and s.stage = 'active') as last_sign_in_at`;

const parsed = (row: StaffRow): StaffRow => ({
  ...row,
  // PGlite hands json columns back as text in some paths; PostgreSQL as objects.
  organisation: typeof row.organisation === 'string' ? JSON.parse(row.organisation) : row.organisation,
  teams: typeof row.teams === 'string' ? JSON.parse(row.teams) : row.teams,
  user_groups: typeof row.user_groups === 'string' ? JSON.parse(row.user_groups) : row.user_groups,
});

/** One page of professionals that `visible` (policy SQL over `account`) lets through, searched by name or e-mail. */
export async function listStaff(tx: Tx, visible: SQL, filter: { q?: string | undefined; status?: string | undefined }, page: number, pageSize: number) {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await queryRows<StaffRow>(
    tx,
    sql`select ${staffColumns}, count(*) over ()::int as total
      from account join person on person.id = account.person_id
      where person.kind = 'professional' and ${visible}
        and (${filter.status ?? null}::text is null or account.status::text = ${filter.status ?? null})
        and (${pattern}::text is null or person.surname ilike ${pattern} or person.first_name ilike ${pattern}
          or (person.first_name || ' ' || coalesce(person.infix || ' ', '') || person.surname) ilike ${pattern} or account.email ilike ${pattern})
      order by person.surname, person.first_name, account.id
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return rows.map(parsed);
}

/** One professional's account with everything the administrator sees, or null (also for residents and relatives). */
export async function findStaff(tx: Tx, accountId: string) {
  const [row] = await queryRows<StaffRow>(
    tx,
    sql`select ${staffColumns}, 1 as total from account join person on person.id = account.person_id
      where account.id = ${accountId}::uuid and person.kind = 'professional'`,
  );
  return row ? parsed(row) : null;
}

export interface GroupRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  organisation: { id: string; name: string } | null;
  team_type: string | null;
  /** The row's optimistic version: goes up by one with every change of the team or group itself. */
  version: number;
  member_count: number;
}

/** Teams of the tenant, with their organisation and how many people are in them. */
export function listTeams(tx: Tx, teamId?: string) {
  return queryRows<GroupRow>(
    tx,
    sql`select t.id, t.tenant_id, t.name, null as description, t.team_type,
        json_build_object('id', o.id, 'name', o.name) as organisation,
        t.version,
        (select count(*) from team_member tm where tm.team_id = t.id)::int as member_count
      from team t join organisation o on o.id = t.organisation_id
      where (${teamId ?? null}::uuid is null or t.id = ${teamId ?? null}::uuid)
      order by t.name`,
  ).then((rows) => rows.map((row) => ({ ...row, version: Number(row.version), organisation: typeof row.organisation === 'string' ? JSON.parse(row.organisation) : row.organisation })));
}

export function listUserGroups(tx: Tx, groupId?: string) {
  return queryRows<GroupRow>(
    tx,
    sql`select g.id, g.tenant_id, g.name, g.description, null as team_type, null as organisation,
        g.version,
        (select count(*) from user_group_member gm where gm.user_group_id = g.id)::int as member_count
      from user_group g
      where (${groupId ?? null}::uuid is null or g.id = ${groupId ?? null}::uuid)
      order by g.name`,
  ).then((rows) => rows.map((row) => ({ ...row, version: Number(row.version) })));
}

export interface MemberRow {
  person_id: string;
  account_id: string | null;
  first_name: string;
  infix: string | null;
  surname: string;
  status: string | null;
  is_superuser: boolean;
}

export function teamMembersOf(tx: Tx, teamId: string) {
  return queryRows<MemberRow>(
    tx,
    sql`select p.id as person_id, a.id as account_id, p.first_name, p.infix, p.surname, a.status, tm.is_superuser
      from team_member tm join person p on p.id = tm.person_id left join account a on a.person_id = p.id
      where tm.team_id = ${teamId}::uuid order by p.surname, p.first_name`,
  );
}

export function groupMembersOf(tx: Tx, groupId: string) {
  return queryRows<MemberRow>(
    tx,
    sql`select p.id as person_id, a.id as account_id, p.first_name, p.infix, p.surname, a.status, false as is_superuser
      from user_group_member gm join person p on p.id = gm.person_id left join account a on a.person_id = p.id
      where gm.user_group_id = ${groupId}::uuid order by p.surname, p.first_name`,
  );
}

/** Organisations of the tenant (no personal data). */
export function listOrganisations(tx: Tx) {
  return queryRows<{ id: string; name: string; kind: string }>(tx, sql`select id, name, kind from organisation order by name`);
}

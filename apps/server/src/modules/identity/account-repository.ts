import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';

export interface AccountRow {
  id: string;
  tenant_id: string;
  person_id: string;
  email: string;
  status: 'invited' | 'active' | 'deactivated';
  version: number;
  first_name: string;
  infix: string | null;
  surname: string;
  roles: string[];
  team_ids: string[];
  total: number;
}

/**
 * One page of accounts that `visible` (the policy's SQL for `read`, over the alias `account`) lets through, searched
 * by name or e-mail, with the total for paging — all in one statement.
 */
export function listAccounts(tx: Tx, visible: SQL, search: string | undefined, page: number, pageSize: number) {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return queryRows<AccountRow>(
    tx,
    sql`select account.id, account.tenant_id, account.person_id, account.email, account.status, account.version,
        person.first_name, person.infix, person.surname,
        coalesce((select array_agg(distinct r.role::text order by r.role::text) from account_role r where r.account_id = account.id), '{}') as roles,
        coalesce((select array_agg(tm.team_id::text) from team_member tm where tm.person_id = account.person_id), '{}') as team_ids,
        count(*) over ()::int as total
      from account join person on person.id = account.person_id
      where ${visible}
        and (${pattern}::text is null or person.surname ilike ${pattern} or person.first_name ilike ${pattern} or account.email ilike ${pattern})
      order by person.surname, person.first_name, account.id
      limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
}

/** One account as the policy sees it (with its person's teams), or null when it does not exist in this tenant. */
export async function findAccountObject(tx: Tx, accountId: string) {
  const [row] = await queryRows<{ id: string; tenant_id: string; person_id: string; status: string; version: number; team_ids: string[] }>(
    tx,
    sql`select account.id, account.tenant_id, account.person_id, account.status, account.version,
          coalesce((select array_agg(tm.team_id::text) from team_member tm where tm.person_id = account.person_id), '{}') as team_ids
        from account where account.id = ${accountId}::uuid`,
  );
  return row ? { tenantId: row.tenant_id, id: row.id, personId: row.person_id, teamIds: row.team_ids, status: row.status, version: row.version } : null;
}

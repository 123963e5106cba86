import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import type { Subject } from '../../platform/policy/index.js';
import { dossierReachSql } from './access.js';

export interface CaseloadQuery {
  q?: string | undefined;
  scope: 'mine' | 'team' | 'tenant';
  status: 'open' | 'closed' | 'all';
  page: number;
  pageSize: number;
}

interface CaseloadRow extends Record<string, unknown> {
  id: string;
  resident_id: string;
  file_number: string;
  first_name: string;
  infix: string | null;
  surname: string;
  date_of_birth: string | null;
  team_name: string;
  registered_on: string;
  closed_on: string | null;
  last_activity_at: Date | string;
  reachable: boolean;
  mine: boolean;
  total: number;
}

/** A typed date of birth (dd-mm-jjjj or yyyy-mm-dd) as ISO, or null when the search is not a date. */
function asDate(q: string): string | null {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(q);
  if (dutch) return `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(q) ? q : null;
}

/** The first string after every string that starts with `prefix` (for a range instead of LIKE). */
const afterPrefix = (prefix: string) => prefix.slice(0, -1) + String.fromCodePoint(prefix.codePointAt(prefix.length - 1)! + 1);

/**
 * Name (full name, surname, or infix and surname), date of birth or file number, always as a prefix. Ranges on the
 * stored lower-case columns rather than LIKE: under row-level security only leakproof operators reach an index.
 */
function searchSql(q: string | undefined): SQL {
  if (!q) return sql`true`;
  const date = asDate(q);
  if (date) return sql`r.date_of_birth = ${date}::date`;
  const name = q.toLowerCase().replace(/\s+/g, ' ');
  const file = q.toUpperCase();
  const range = (column: SQL, prefix: string) => sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${afterPrefix(prefix)})`;
  // A set of dossier ids built from the indexed matches, so the search drives the query instead of filtering a scan.
  return sql`d.id in (
      select dd.id from dossier dd where dd.resident_id in (
        select id from person where ${range(sql`search_full_name`, name)}
        union all select id from person where ${range(sql`search_surname`, name)}
        union all select id from person where ${range(sql`search_infix_surname`, name)})
      union all select dd.id from dossier dd where ${range(sql`dd.file_number`, file)})`;
}

const statusSql = (status: CaseloadQuery['status']) =>
  status === 'open' ? sql`d.closed_on is null` : status === 'closed' ? sql`d.closed_on is not null` : sql`true`;

/** How many matches are counted at most: beyond this the answer says "more than 500" and asks for a sharper search. */
export const caseloadCountCap = 500;

/**
 * The professional's caseload, most recently active first, and how many match: counted up to `countCap` + 1 only, so
 * a common surname across 100,000 residents does not count thousands of rows to show 25 (`total` is then `countCap`
 * and `totalIsLowerBound` true). `tenant` searches outside one's reach too (a search term is required), returning
 * only what is needed to decide to break the glass.
 */
export async function searchCaseload(tx: Tx, subject: Subject, at: Date, query: CaseloadQuery, countCap = caseloadCountCap) {
  const rows = await queryRows<CaseloadRow>(tx, caseloadStatement(subject, at, query, countCap));
  const counted = rows[0]?.total ?? 0;
  return {
    // Without matches on this page the one row left is the count alone.
    rows: rows.filter((row) => row.id !== null),
    total: Math.min(counted, countCap),
    totalIsLowerBound: counted > countCap,
  };
}

/** The one statement of a caseload search (exported for EXPLAIN in the bench and tests). */
export function caseloadStatement(subject: Subject, at: Date, query: CaseloadQuery, countCap: number): SQL {
  const reach = dossierReachSql(subject, at);
  const mine = dossierReachSql(subject, at, ['namedProfessional', 'provider']);
  const scope = query.scope === 'mine' ? mine : query.scope === 'team' ? reach : sql`true`;
  // Matches are found once with only the filters (the page's sort needs them all anyway); the count reads at most the
  // cap + 1 of them, and whether each is reachable or mine is worked out for the one page shown.
  return sql`with hits as materialized (
          select d.id, d.last_activity_at from dossier d join person r on r.id = d.resident_id
           where ${scope} and ${statusSql(query.status)} and ${searchSql(query.q)}),
        counted as (select count(*)::int as total from (select 1 from hits limit ${countCap + 1}) capped),
        page as (select id from hits order by last_activity_at desc, id limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize})
        select d.id, d.resident_id, d.file_number, r.first_name, r.infix, r.surname, r.date_of_birth::text, t.name as team_name,
               d.registered_on::text, d.closed_on::text, d.last_activity_at, ${reach} as reachable, ${mine} as mine, c.total
          from counted c left join (page p join dossier d on d.id = p.id join person r on r.id = d.resident_id join team t on t.id = d.team_id) on true
         order by d.last_activity_at desc, d.id`;
}

export function presentCaseloadItem(row: CaseloadRow) {
  return {
    id: row.id,
    fileNumber: row.file_number,
    resident: { firstName: row.first_name, infix: row.infix, surname: row.surname, dateOfBirth: row.date_of_birth },
    team: { name: row.team_name },
    registeredOn: row.registered_on,
    closedOn: row.closed_on,
    lastActivityAt: new Date(row.last_activity_at).toISOString(),
    reachable: row.reachable,
    mine: row.mine,
  };
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../apps/server/src/platform/db/index.js';

// Small arrays combined at random give enough spread for the surname index and realistic row widths.
const firstNames = [
  'Jan', 'Piet', 'Kees', 'Henk', 'Willem', 'Johannes', 'Cornelis', 'Gerrit', 'Hendrik', 'Daan', 'Sem', 'Lucas', 'Noah',
  'Finn', 'Levi', 'Bram', 'Thijs', 'Ruben', 'Mohamed', 'Ahmed', 'Anna', 'Maria', 'Johanna', 'Elisabeth', 'Cornelia',
  'Emma', 'Julia', 'Sophie', 'Tess', 'Sanne', 'Lotte', 'Fleur', 'Lieke', 'Fenna', 'Noor', 'Fatima', 'Aisha', 'Yasmin',
  'Saskia', 'Ingrid',
];
// Most Dutch surnames have no infix: the empty entries weigh that in (empty becomes NULL).
const infixes = ['', '', '', '', '', 'de', 'van', 'van der', 'van den', 'van de', 'ter', "in 't"];
const surnames = [
  'Jong', 'Jansen', 'Vries', 'Berg', 'Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'Boer', 'Mulder', 'Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'Leeuwen', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Smits', 'Graaf', 'Meer',
  'Linden', 'Kok', 'Jacobs', 'Haan', 'Vermeulen', 'Heuvel', 'Veen', 'Broek', 'Bruijn', 'Yilmaz', 'El Amrani', 'Kaya',
  'Şahin', 'Nguyen', 'Pinas',
];
const genders = ['man', 'man', 'vrouw', 'vrouw', 'anders'];

/** Generated rows are recognisable by this e-mail domain, so a rerun on the same database only adds what is missing. */
export const benchEmailDomain = 'bench.example';

function textArray(values: string[]) {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

export interface LoadResult {
  tenantId: string;
  inserted: number;
  persons: number;
  loadSeconds: number;
}

/**
 * Adds generated residents to the demo tenant in one set-based INSERT … SELECT generate_series, as the owner
 * connection. Tables have FORCE ROW LEVEL SECURITY, so even the owner sets app.tenant_id in the loading transaction.
 */
export async function loadPersons(database: Database, wanted: number): Promise<LoadResult> {
  const started = performance.now();
  const [tenant] = await queryRows<{ id: string }>(database.owner, sql`select id from tenant where slug = 'demoland'`);
  if (!tenant) throw new Error('the demo tenant is missing: the seed did not run');
  const tenantId = tenant.id;
  const { inserted, persons } = await database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true), setseed(0.42)`);
    const [existing] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from person where tenant_id = ${tenantId} and email like ${`%@${benchEmailDomain}`}`,
    );
    const from = (existing?.n ?? 0) + 1;
    if (from <= wanted) {
      await tx.execute(sql`
      insert into person (tenant_id, kind, first_name, infix, surname, date_of_birth, gender, email, phone)
      select ${tenantId}::uuid, 'resident', g.first_name, nullif(g.infix, ''), g.surname, g.date_of_birth, g.gender,
             lower(replace(g.first_name || '.' || g.surname, ' ', '')) || '.' || g.i || '@' || ${benchEmailDomain},
             '06 ' || lpad((g.i % 100000000)::text, 8, '0')
      from (
        select i,
               (${textArray(firstNames)})[1 + floor(random() * ${firstNames.length})::int] as first_name,
               (${textArray(infixes)})[1 + floor(random() * ${infixes.length})::int] as infix,
               (${textArray(surnames)})[1 + floor(random() * ${surnames.length})::int] as surname,
               (date '1925-01-01' + floor(random() * 35000)::int) as date_of_birth,
               (${textArray(genders)})[1 + floor(random() * ${genders.length})::int] as gender
        from generate_series(${from}::int, ${wanted}::int) as i
      ) as g`);
    }
    // Counted inside the transaction: without app.tenant_id row-level security hides every row, even from the owner.
    const [count] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from person`);
    return { inserted: Math.max(0, wanted - from + 1), persons: count?.n ?? 0 };
  });
  await database.owner.execute(sql`analyze`);
  return { tenantId, inserted, persons, loadSeconds: (performance.now() - started) / 1000 };
}

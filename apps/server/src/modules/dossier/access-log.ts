import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';

interface AccessLogRow extends Record<string, unknown> {
  occurred_at: Date | string;
  first_name: string | null;
  infix: string | null;
  surname: string | null;
  organisation: string | null;
  actor_role: string | null;
  action: string;
  object_type: string;
  field: string | null;
  on_behalf: boolean;
  reason: string | null;
  total: number;
}

/**
 * *Wie heeft mijn gegevens bekeken*: who of which organisation read or changed the resident's data, from the audit
 * log. Never the client address or device. The resident's own actions are left out: they know what they did.
 */
export async function listAccessLog(tx: Tx, residentId: string, page: number, pageSize: number) {
  const rows = await queryRows<AccessLogRow>(
    tx,
    sql`select e.occurred_at, p.first_name, p.infix, p.surname, o.name as organisation, e.actor_role, e.action, e.object_type, e.field,
               e.on_behalf_of_person_id is not null as on_behalf, case when e.object_type = 'breakGlass' then e.reason end as reason,
               count(*) over ()::int as total
          from audit_event e left join person p on p.id = e.actor_person_id left join organisation o on o.id = e.actor_organisation_id
         where e.resident_id = ${residentId}::uuid and e.actor_person_id is distinct from ${residentId}::uuid and e.actor_person_id is not null
         order by e.occurred_at desc, e.seq desc
         limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => ({
      occurredAt: new Date(row.occurred_at).toISOString(),
      actor: row.first_name ? { firstName: row.first_name, infix: row.infix, surname: row.surname! } : null,
      organisation: row.organisation,
      role: row.actor_role,
      action: row.action,
      objectType: row.object_type,
      field: row.field,
      onBehalfOf: row.on_behalf,
      reason: row.reason,
    })),
  };
}

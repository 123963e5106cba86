import type { Subject } from '../../platform/policy/index.js';
import type { AccountRow } from './account-repository.js';
import { accountPolicy } from './policy.js';

/** Allow-list of what an account looks like on the wire, with the actions the caller may take on it. */
export function presentAccount(subject: Subject, row: AccountRow) {
  const object = { tenantId: row.tenant_id, id: row.id, personId: row.person_id, teamIds: row.team_ids };
  return {
    id: row.id,
    email: row.email,
    status: row.status,
    version: row.version,
    person: { firstName: row.first_name, infix: row.infix, surname: row.surname },
    roles: row.roles,
    policies: accountPolicy.permitted(subject, object),
  };
}

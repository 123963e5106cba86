import type { Subject } from '../../../platform/policy/index.js';
import { accountPolicy, teamPolicy, userGroupPolicy } from '../policy.js';
import { staffPolicy } from './policy.js';
import type { GroupRow, MemberRow, StaffRow } from './repository.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Allow-list of a professional as the administrator sees them, with what the caller may do to the account. */
export function presentStaff(subject: Subject, row: StaffRow) {
  const object = { tenantId: row.tenant_id, id: row.id, personId: row.person_id, teamIds: row.teams.map((t) => t.id) };
  return {
    id: row.id,
    personId: row.person_id,
    email: row.email,
    status: row.status,
    version: row.version,
    person: { firstName: row.first_name, infix: row.infix, surname: row.surname },
    organisation: row.organisation,
    roles: row.roles,
    teams: row.teams,
    userGroups: row.user_groups,
    lastSignInAt: iso(row.last_sign_in_at),
    policies: [...new Set([...accountPolicy.permitted(subject, object), ...staffPolicy.permitted(subject, object)])],
  };
}

const presentMember = (row: MemberRow) => ({
  personId: row.person_id,
  accountId: row.account_id,
  person: { firstName: row.first_name, infix: row.infix, surname: row.surname },
  status: row.status,
  isSuperuser: row.is_superuser,
});

export function presentTeam(subject: Subject, row: GroupRow, members?: MemberRow[]) {
  return {
    id: row.id,
    name: row.name,
    teamType: row.team_type ?? '',
    organisation: row.organisation!,
    version: row.version,
    memberCount: row.member_count,
    ...(members && { members: members.map(presentMember) }),
    policies: teamPolicy.permitted(subject, { tenantId: row.tenant_id, id: row.id }),
  };
}

export function presentUserGroup(subject: Subject, row: GroupRow, members?: MemberRow[]) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    version: row.version,
    memberCount: row.member_count,
    ...(members && { members: members.map(presentMember) }),
    policies: userGroupPolicy.permitted(subject, { tenantId: row.tenant_id, id: row.id }),
  };
}

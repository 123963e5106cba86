import { describe, expect, it } from 'vitest';
import { forbidden, notFound } from '../../platform/errors.js';
import type { Role, Subject } from '../../platform/policy/index.js';
import { tenantSettingsPolicy } from '../tenancy/index.js';
import { staffPolicy } from './admin/policy.js';
import { accountPolicy, invitationPolicy, sessionPolicy, teamPolicy, userGroupPolicy } from './policy.js';

const TENANT = 't-own';
const OTHER_TENANT = 't-other';
const MY_TEAM = 'team-mine';
const OTHER_TEAM = 'team-other';
const roles: Role[] = ['resident', 'relative', 'coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'];

function subject(role: Role): Subject {
  return {
    tenantId: TENANT,
    personId: 'p-me',
    accountId: 'a-me',
    role,
    organisationId: null,
    teamIds: ['coach', 'teamSuperuser'].includes(role) ? [MY_TEAM] : [],
    superuserOfTeamIds: role === 'teamSuperuser' ? [MY_TEAM] : [],
  };
}

/** The relations an object can have to the subject. Other-tenant objects carry the subject's own ids to prove the tenant check alone refuses them. */
type Relation = 'own' | 'myTeam' | 'unrelated' | 'otherTenant';
const relations: Relation[] = ['own', 'myTeam', 'unrelated', 'otherTenant'];

const accountFor = (r: Relation) => ({
  tenantId: r === 'otherTenant' ? OTHER_TENANT : TENANT,
  id: r === 'own' || r === 'otherTenant' ? 'a-me' : `a-${r}`,
  personId: r === 'own' || r === 'otherTenant' ? 'p-me' : `p-${r}`,
  teamIds: r === 'unrelated' ? [OTHER_TEAM] : [MY_TEAM],
});
const teamFor = (r: Relation) => ({ tenantId: r === 'otherTenant' ? OTHER_TENANT : TENANT, id: r === 'unrelated' ? OTHER_TEAM : MY_TEAM });
const groupFor = (r: Relation) => ({ tenantId: r === 'otherTenant' ? OTHER_TENANT : TENANT, id: 'g' });
const settingsFor = (r: Relation) => ({ tenantId: r === 'otherTenant' ? OTHER_TENANT : TENANT });
const sessionFor = (r: Relation) => ({ tenantId: r === 'otherTenant' ? OTHER_TENANT : TENANT, accountId: r === 'own' || r === 'otherTenant' ? 'a-me' : `a-${r}` });

/**
 * The expected grants, written out by hand. Each cell lists the relations (o = own, t = in my team, u = unrelated)
 * for which the role may act; another tenant is never allowed and is checked for every cell.
 * Roles: res rel coach cons prov super admin.
 */
const expected: Record<string, string[]> = {
  'account.read': ['o', 'o', 'o', 'o', 'o', 'ot', 'otu'],
  'account.create': ['', '', '', '', '', 'ot', 'otu'],
  'account.update': ['o', 'o', 'o', 'o', 'o', 'ot', 'otu'],
  'account.deactivate': ['', '', '', '', '', 't', 'tu'],
  'team.read': ['', '', 'otu', 'otu', 'otu', 'otu', 'otu'],
  'team.manage': ['', '', '', '', '', '', 'otu'],
  'team.manageMembers': ['', '', '', '', '', 'ot', 'otu'],
  'userGroup.read': ['', '', 'otu', 'otu', 'otu', 'otu', 'otu'],
  'userGroup.manage': ['', '', '', '', '', '', 'otu'],
  'tenantSettings.read': ['', '', '', '', '', '', 'otu'],
  'tenantSettings.update': ['', '', '', '', '', '', 'otu'],
  'session.read': ['o', 'o', 'o', 'o', 'o', 'o', 'otu'],
  'session.end': ['o', 'o', 'o', 'o', 'o', 'o', 'otu'],
  'invitation.create': ['', '', 'otu', 'otu', '', 'otu', 'otu'],
  'staff.read': ['', '', '', '', '', '', 'otu'],
  'staff.invite': ['', '', '', '', '', '', 'otu'],
  'staff.manageRights': ['', '', '', '', '', '', 'otu'],
};

const policies = [
  { policy: accountPolicy, objectFor: accountFor },
  { policy: teamPolicy, objectFor: teamFor },
  { policy: userGroupPolicy, objectFor: groupFor },
  { policy: tenantSettingsPolicy, objectFor: settingsFor },
  { policy: sessionPolicy, objectFor: sessionFor },
  { policy: staffPolicy, objectFor: accountFor },
  { policy: invitationPolicy, objectFor: (r: Relation) => ({ tenantId: r === 'otherTenant' ? OTHER_TENANT : TENANT, kind: 'resident' as const }) },
] as const;

const letter: Record<Exclude<Relation, 'otherTenant'>, string> = { own: 'o', myTeam: 't', unrelated: 'u' };

describe('identity policy matrix: role × action × relation', () => {
  const cases: { key: string; role: Role; relation: Relation; granted: boolean; want: boolean }[] = [];
  for (const { policy, objectFor } of policies) {
    for (const action of policy.actions) {
      const row = expected[`${policy.objectType}.${action}`];
      for (const [index, role] of roles.entries()) {
        for (const relation of relations) {
          const want = relation !== 'otherTenant' && Boolean(row?.[index]?.includes(letter[relation]));
          const granted = (policy.can as (s: Subject, a: string, o: unknown) => boolean)(subject(role), action, objectFor(relation));
          cases.push({ key: `${policy.objectType}.${action}`, role, relation, granted, want });
        }
      }
    }
  }

  it('has an expectation for every action of every policy', () => {
    const keys = policies.flatMap(({ policy }) => policy.actions.map((a) => `${policy.objectType}.${a}`));
    expect(keys.sort()).toEqual(Object.keys(expected).sort());
  });

  it('grants nothing to another tenant, whatever the role', () => {
    expect(cases.filter((c) => c.relation === 'otherTenant' && c.granted)).toEqual([]);
  });

  it(`grants exactly the expected table (${roles.length} roles × ${relations.length} relations)`, () => {
    expect(cases.filter((c) => c.granted && !c.want).map((c) => `${c.key} ${c.role} ${c.relation}`)).toEqual([]);
    expect(cases.filter((c) => !c.granted && c.want).map((c) => `${c.key} ${c.role} ${c.relation}`)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it('hides what one may not read (404) and forbids what one may read but not do (403)', () => {
    expect(() => accountPolicy.authorize(subject('coach'), 'update', accountFor('otherTenant'))).toThrow(notFound());
    expect(() => accountPolicy.authorize(subject('coach'), 'read', accountFor('myTeam'))).toThrow(notFound());
    expect(() => teamPolicy.authorize(subject('coach'), 'manage', teamFor('own'))).toThrow(forbidden());
    expect(() => accountPolicy.authorize(subject('functionalAdmin'), 'deactivate', accountFor('own'))).toThrow(forbidden());
    expect(() => teamPolicy.authorize(subject('teamSuperuser'), 'manageMembers', teamFor('myTeam'))).not.toThrow();
  });

  it('lists for each object the actions the caller may take', () => {
    expect(accountPolicy.permitted(subject('teamSuperuser'), accountFor('myTeam'))).toEqual(['read', 'create', 'update', 'deactivate']);
    expect(accountPolicy.permitted(subject('resident'), accountFor('own'))).toEqual(['read', 'update']);
    expect(accountPolicy.permitted(subject('resident'), accountFor('otherTenant'))).toEqual([]);
  });
});

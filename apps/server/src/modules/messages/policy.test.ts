import { describe, expect, it } from 'vitest';
import type { Role } from '../../platform/policy/index.js';
import type { DossierRelation, DossierSubject } from '../dossier/index.js';
import { threadPolicy } from './policy.js';

const tenantId = 'tenant-a';
const me = 'person-me';
const roleOf: Record<DossierRelation, Role> = {
  resident: 'resident',
  guardian: 'relative',
  relativeWrite: 'relative',
  relativeView: 'relative',
  teamProfessional: 'coach',
  namedProfessional: 'consultant',
  breakGlass: 'coach',
  provider: 'providerProfessional',
};

function subject(relation: DossierRelation | null, closed: boolean, role: Role): DossierSubject {
  return {
    tenantId,
    personId: me,
    accountId: 'account',
    role,
    organisationId: null,
    teamIds: [],
    superuserOfTeamIds: [],
    dossier: { tenantId, dossierId: 'd', residentId: 'r', teamId: 't', closed, relations: relation ? [relation] : [] },
  };
}

/** What each relation may do with a thread it takes part in, in an open dossier (seed 000: only participants). */
const expected: Record<DossierRelation | 'none', string[]> = {
  resident: ['read', 'start', 'reply'],
  guardian: ['read', 'start', 'reply'],
  relativeWrite: ['read', 'start', 'reply'],
  relativeView: ['read'],
  teamProfessional: ['read', 'start', 'reply'],
  namedProfessional: ['read', 'start', 'reply'],
  breakGlass: ['read', 'start', 'reply'],
  provider: [],
  none: [],
};

describe('thread policy matrix: relation × participant × open/closed × tenant', () => {
  const relations = Object.keys(roleOf) as DossierRelation[];
  const cases = [...relations.map((r) => [r, roleOf[r]] as const), ['none', 'functionalAdmin'] as const];
  let checked = 0;
  for (const [relation, role] of cases) {
    it(`${relation} (${role})`, () => {
      for (const participant of [true, false]) {
        for (const closed of [false, true]) {
          for (const objectTenant of [tenantId, 'tenant-b']) {
            const s = subject(relation === 'none' ? null : relation, closed, role);
            const thread = { tenantId: objectTenant, participantIds: participant ? [me, 'other'] : ['other', 'third'] };
            const got = threadPolicy.permitted(s, thread);
            let want = expected[relation];
            if (objectTenant !== tenantId) want = [];
            if (!participant) want = want.filter((a) => a === 'start');
            if (closed) want = want.filter((a) => a === 'read');
            expect(got, `participant=${participant} closed=${closed} tenant=${objectTenant}`).toEqual(want);
            checked += 3;
          }
        }
      }
    });
  }
  it('walked every case', () => expect(checked).toBe(cases.length * 8 * 3));
});

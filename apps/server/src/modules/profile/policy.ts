import { definePolicy, type Role, type Subject } from '../../platform/policy/index.js';

/**
 * A resident's profile and contact persons belong to the person, not to one dossier: `relations` are the caller's
 * relations to any of that resident's dossiers, loaded by the repository.
 */
export interface ResidentPart {
  tenantId: string;
  residentId: string;
  relations: readonly string[];
}

const everyone: readonly Role[] = ['resident', 'relative', 'coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'];
const self = (s: Subject, p: ResidentPart) => s.role === 'resident' && s.personId === p.residentId;
const guardian = (_s: Subject, p: ResidentPart) => p.relations.includes('guardian');
const caseWorker = (_s: Subject, p: ResidentPart) => p.relations.some((r) => ['teamProfessional', 'namedProfessional', 'breakGlass'].includes(r));

export const profilePolicy = definePolicy<ResidentPart, 'read' | 'update' | 'refreshAddress', Subject>('profile', 'read', {
  read: [
    { roles: everyone, when: (s, p) => self(s, p) || guardian(s, p), because: 'residents (and guardians) see their own profile' },
    { roles: everyone, when: caseWorker, because: 'the dossier’s professionals see the profile, with the BSN masked' },
  ],
  update: [{ roles: everyone, when: (s, p) => self(s, p) || guardian(s, p), because: 'the resident edits their own phone numbers, e-mail and consents' }],
  refreshAddress: [
    {
      roles: everyone,
      when: (s, p) => self(s, p) || guardian(s, p) || caseWorker(s, p),
      because: 'the BRP address is read-only; whoever may see the profile may fetch it again from the BRP',
    },
  ],
});

export const contactPersonPolicy = definePolicy<ResidentPart, 'read' | 'create' | 'update' | 'delete', Subject>('contactPerson', 'read', {
  read: [
    { roles: everyone, when: (s, p) => self(s, p) || guardian(s, p), because: 'the resident keeps their own contact persons' },
    { roles: everyone, when: caseWorker, because: 'the dossier’s professionals see whom to call' },
  ],
  create: [{ roles: everyone, when: (s, p) => self(s, p) || guardian(s, p), because: 'the resident adds contact persons' }],
  update: [{ roles: everyone, when: (s, p) => self(s, p) || guardian(s, p), because: 'the resident edits contact persons' }],
  delete: [{ roles: everyone, when: (s, p) => self(s, p) || guardian(s, p), because: 'the resident removes contact persons' }],
});

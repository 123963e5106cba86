import { sql } from 'drizzle-orm';
import { definePolicy, type Role, type Subject } from '../../platform/policy/index.js';

const professionals: Role[] = ['coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'];

export interface AccountObject {
  tenantId: string;
  id: string;
  personId: string;
  /** Teams the account's person belongs to. */
  teamIds: readonly string[];
}

const inSuperusedTeam = (subject: Subject, account: AccountObject) => account.teamIds.some((team) => subject.superuserOfTeamIds.includes(team));
const isSelf = (subject: Subject, account: AccountObject) => account.id === subject.accountId;

/** List filters assume the account table is aliased as `account` in the query. */
const superusedTeamSql = (subject: Subject) =>
  subject.superuserOfTeamIds.length === 0
    ? sql`false`
    : sql`exists (select 1 from team_member tm where tm.person_id = account.person_id and tm.team_id in (${sql.join(
        subject.superuserOfTeamIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`;
const selfSql = (subject: Subject) => sql`account.id = ${subject.accountId}::uuid`;

export const accountPolicy = definePolicy<AccountObject, 'read' | 'create' | 'update' | 'deactivate'>('account', 'read', {
  read: [
    { roles: ['functionalAdmin'], because: 'functional administrators manage every account of the tenant' },
    { roles: ['teamSuperuser'], when: inSuperusedTeam, where: superusedTeamSql, because: 'the aanjager manages the accounts of their team (seed 002)' },
    { roles: ['resident', 'relative', ...professionals], when: isSelf, where: selfSql, because: 'everyone sees their own account' },
  ],
  create: [
    { roles: ['functionalAdmin'], because: 'functional administrators create accounts' },
    { roles: ['teamSuperuser'], when: inSuperusedTeam, where: superusedTeamSql, because: 'the aanjager creates client accounts in their team' },
  ],
  update: [
    { roles: ['functionalAdmin'], because: 'functional administrators manage every account' },
    { roles: ['teamSuperuser'], when: inSuperusedTeam, where: superusedTeamSql, because: 'the aanjager manages their team' },
    { roles: ['resident', 'relative', ...professionals], when: isSelf, where: selfSql, because: 'everyone changes their own password and sign-in methods' },
  ],
  deactivate: [
    { roles: ['functionalAdmin'], when: (s, a) => !isSelf(s, a), because: 'administrators deactivate others, never themselves' },
    { roles: ['teamSuperuser'], when: (s, a) => inSuperusedTeam(s, a) && !isSelf(s, a), because: 'the aanjager deactivates accounts in their team' },
  ],
});

export interface TeamObject {
  tenantId: string;
  id: string;
}

export const teamPolicy = definePolicy<TeamObject, 'read' | 'manage' | 'manageMembers'>('team', 'read', {
  read: [{ roles: professionals, because: 'professionals see the teams of their tenant' }],
  manage: [{ roles: ['functionalAdmin'], because: 'functional administrators create, rename and remove teams' }],
  manageMembers: [
    { roles: ['functionalAdmin'], because: 'functional administrators place staff in teams' },
    {
      roles: ['teamSuperuser'],
      when: (s, team) => s.superuserOfTeamIds.includes(team.id),
      because: 'the aanjager manages staff rights in their own team (seed 002)',
    },
  ],
});

export interface UserGroupObject {
  tenantId: string;
  id: string;
}

export const userGroupPolicy = definePolicy<UserGroupObject, 'read' | 'manage'>('userGroup', 'read', {
  read: [{ roles: professionals, because: 'professionals see which groups exist (template and plan rights name them)' }],
  manage: [{ roles: ['functionalAdmin'], because: 'functional administrators manage user groups' }],
});

export interface SessionObject {
  tenantId: string;
  accountId: string;
}

const ownSession = (s: Subject, session: SessionObject) => session.accountId === s.accountId;
export const sessionPolicy = definePolicy<SessionObject, 'read' | 'end'>('session', 'read', {
  read: [
    { roles: ['resident', 'relative', ...professionals], when: ownSession, because: 'a person sees their own devices' },
    { roles: ['functionalAdmin'], because: 'an administrator looks into the sessions of a compromised account' },
  ],
  end: [
    { roles: ['resident', 'relative', ...professionals], when: ownSession, because: 'a person ends their own sessions' },
    { roles: ['functionalAdmin'], because: 'an administrator ends sessions of a compromised account' },
  ],
});

export interface InvitationObject {
  tenantId: string;
  kind: 'resident' | 'relative';
}

export const invitationPolicy = definePolicy<InvitationObject, 'create'>('invitation', 'create', {
  create: [
    { roles: ['coach', 'teamSuperuser', 'consultant', 'functionalAdmin'], because: 'the coach invites the resident and their relatives (seed 000); the aanjager makes client logins (seed 002)' },
  ],
});

export interface PasskeyObject {
  tenantId: string;
  accountId: string;
  /** The tenant demands an app or passkey of this professional and this is the last one (see mayRemoveStrongFactor). */
  lastStrongFactor?: boolean;
}

const ownPasskey = (s: Subject, passkey: PasskeyObject) => passkey.accountId === s.accountId;
const notLast = (passkey: PasskeyObject) => passkey.lastStrongFactor !== true;
export const passkeyPolicy = definePolicy<PasskeyObject, 'read' | 'remove'>('passkeyCredential', 'read', {
  read: [{ roles: ['resident', 'relative', ...professionals], when: ownPasskey, because: 'a person sees the passkeys they made' }],
  remove: [
    {
      roles: ['resident', 'relative', ...professionals],
      when: (s, passkey) => ownPasskey(s, passkey) && notLast(passkey),
      because: 'a person removes a passkey of a lost or replaced device, but not the last app or passkey the organisation demands of staff',
    },
  ],
});

/** One's authenticator app: the same rules as a passkey (it is the other "strong" second factor). */
export type TotpObject = PasskeyObject;
export const totpPolicy = definePolicy<TotpObject, 'read' | 'remove'>('totpCredential', 'read', {
  read: [{ roles: ['resident', 'relative', ...professionals], when: ownPasskey, because: 'a person sees whether they linked an app' }],
  remove: [
    {
      roles: ['resident', 'relative', ...professionals],
      when: (s, totp) => ownPasskey(s, totp) && notLast(totp),
      because: 'a person unlinks their app, but not the last app or passkey the organisation demands of staff',
    },
  ],
});

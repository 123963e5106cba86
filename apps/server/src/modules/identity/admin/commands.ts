import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { accountRoles, accounts, organisations, people, sessions, teamMembers, teams, userGroupMembers, userGroups } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, queryRows, type Tx } from '../../../platform/db/index.js';
import { conflict, notFound, selfLockout, validation, type FieldProblem } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Language } from '../../../platform/i18n.js';
import type { Role } from '../../../platform/policy/index.js';
import type { Services } from '../../../platform/services.js';
import { sendInvitation } from '../commands/invitations.js';
import { findAccountObject } from '../account-repository.js';
import { accountPolicy, teamPolicy, userGroupPolicy } from '../policy.js';
import { findAccountByEmail } from '../repository.js';
import { staffPolicy } from './policy.js';
import { findStaff, listTeams, listUserGroups } from './repository.js';

export const staffRoles = ['coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export interface RightsInput {
  roles: StaffRole[];
  teams: { id: string; superuser: boolean }[];
  userGroupIds: string[];
}

/**
 * Ends the account's sessions so changed rights apply at once (a session keeps the role it signed in with). When the
 * administrator changes their own rights, their current session stays; the others end.
 */
async function endSessions(tx: Tx, accountId: string, now: Date, keepSessionId: string | null) {
  await tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt), keepSessionId ? ne(sessions.id, keepSessionId) : undefined));
}

/** Checks that the named teams, user groups and organisation exist in this tenant; names each unknown one. */
async function checkReferences(tx: Tx, input: RightsInput & { organisationId?: string }) {
  const problems: FieldProblem[] = [];
  if (input.organisationId) {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) problems.push({ field: 'organisationId', code: 'invalid' });
  }
  const teamIds = input.teams.map((t) => t.id);
  if (teamIds.length > 0) {
    const found = await tx.select({ id: teams.id }).from(teams).where(inArray(teams.id, teamIds));
    if (found.length !== new Set(teamIds).size) problems.push({ field: 'teams', code: 'invalid' });
  }
  if (input.userGroupIds.length > 0) {
    const found = await tx.select({ id: userGroups.id }).from(userGroups).where(inArray(userGroups.id, input.userGroupIds));
    if (found.length !== new Set(input.userGroupIds).size) problems.push({ field: 'userGroupIds', code: 'invalid' });
  }
  if (input.roles.includes('teamSuperuser') && !input.teams.some((t) => t.superuser)) problems.push({ field: 'teams', code: 'required' });
  if (problems.length > 0) throw validation(problems);
}

/** Writes roles, team places and user groups as given; the aanjager role follows the teams marked superuser. */
async function writeRights(tx: Tx, tenantId: string, accountId: string, personId: string, organisationId: string | null, input: RightsInput) {
  const superTeams = input.teams.filter((t) => t.superuser).map((t) => t.id);
  const roles = [...new Set(input.roles.filter((r) => r !== 'teamSuperuser'))];
  await tx.delete(accountRoles).where(eq(accountRoles.accountId, accountId));
  await tx.insert(accountRoles).values([
    ...roles.map((role) => ({ tenantId, accountId, role, organisationId, teamId: null })),
    ...superTeams.map((teamId) => ({ tenantId, accountId, role: 'teamSuperuser' as const, organisationId, teamId })),
  ]);
  await tx.delete(teamMembers).where(eq(teamMembers.personId, personId));
  const uniqueTeams = [...new Map(input.teams.map((t) => [t.id, t])).values()];
  if (uniqueTeams.length > 0) await tx.insert(teamMembers).values(uniqueTeams.map((t) => ({ tenantId, teamId: t.id, personId, isSuperuser: t.superuser })));
  await tx.delete(userGroupMembers).where(eq(userGroupMembers.personId, personId));
  const groups = [...new Set(input.userGroupIds)];
  if (groups.length > 0) await tx.insert(userGroupMembers).values(groups.map((userGroupId) => ({ tenantId, userGroupId, personId })));
}

/** The roles an account holds after a write: the aanjager role only with a team to lead. */
const effectiveRoles = (input: RightsInput) => [...new Set([...input.roles.filter((r) => r !== 'teamSuperuser'), ...(input.teams.some((t) => t.superuser) ? ['teamSuperuser'] : [])])].sort();

/** The administrator invites a professional: person, invited account, rights, and the single-use link by mail. */
export async function inviteProfessional(
  services: Services,
  ctx: RequestContext,
  input: RightsInput & { firstName: string; infix?: string | undefined; surname: string; email: string; organisationId: string; language: Language },
) {
  const subject = subjectOf(ctx);
  staffPolicy.authorize(subject, 'invite', { tenantId: subject.tenantId, id: '', personId: '', teamIds: input.teams.map((t) => t.id) });
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await checkReferences(tx, input);
    if (await findAccountByEmail(tx, input.email)) throw validation([{ field: 'email', code: 'taken' }]);
    const [person] = await tx
      .insert(people)
      .values({ tenantId: subject.tenantId, kind: 'professional', firstName: input.firstName, infix: input.infix || null, surname: input.surname, email: input.email, organisationId: input.organisationId })
      .returning({ id: people.id });
    const [account] = await tx
      .insert(accounts)
      .values({ tenantId: subject.tenantId, personId: person!.id, email: input.email, status: 'invited', mustChangePassword: false })
      .returning({ id: accounts.id });
    await writeRights(tx, subject.tenantId, account!.id, person!.id, input.organisationId, input);
    await sendInvitation(services, tx, { tenantId: subject.tenantId, accountId: account!.id, email: input.email, firstName: input.firstName, invitedBy: subject.personId, language: input.language });
    await recordAudit(tx, ctx, [
      { action: 'create', objectType: 'invitation', objectId: account!.id, details: { kind: 'professional' } },
      { action: 'grant', objectType: 'account', objectId: account!.id, field: 'roles', details: { roles: effectiveRoles(input).join(','), teams: input.teams.length, userGroups: input.userGroupIds.length } },
    ]);
    return (await findStaff(tx, account!.id))!;
  });
}

/** Changes a professional's roles, teams and user groups; `version` is the account version the caller saw. */
export async function changeRights(services: Services, ctx: RequestContext, currentSessionId: string | null, accountId: string, input: RightsInput & { version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const account = await findAccountObject(tx, accountId);
    const before = account && (await findStaff(tx, accountId));
    if (!account || !before) throw notFound();
    staffPolicy.authorize(subject, 'manageRights', account);
    if (account.id === subject.accountId && !input.roles.includes('functionalAdmin')) throw selfLockout();
    if (account.version !== input.version) throw conflict(before);
    await checkReferences(tx, input);
    const [person] = await tx.select({ organisationId: people.organisationId }).from(people).where(eq(people.id, account.personId));
    await writeRights(tx, subject.tenantId, account.id, account.personId, person?.organisationId ?? null, input);
    await tx.update(accounts).set({ version: account.version + 1, updatedAt: now }).where(and(eq(accounts.id, account.id), eq(accounts.version, input.version)));
    const roles = effectiveRoles(input);
    const teamsBefore = before.teams.map((t) => `${t.id}:${t.isSuperuser}`).sort().join();
    const teamsAfter = input.teams.map((t) => `${t.id}:${t.superuser}`).sort().join();
    const rolesChanged = roles.join() !== [...before.roles].sort().join();
    if (rolesChanged || teamsBefore !== teamsAfter) await endSessions(tx, account.id, now, account.id === subject.accountId ? currentSessionId : null);
    await recordAudit(tx, ctx, [
      { action: 'update', objectType: 'account', objectId: account.id, field: 'roles', details: { from: [...before.roles].sort().join(','), to: roles.join(','), sessionsEnded: rolesChanged || teamsBefore !== teamsAfter } },
      { action: 'update', objectType: 'account', objectId: account.id, field: 'teams', details: { teams: input.teams.length } },
      { action: 'update', objectType: 'account', objectId: account.id, field: 'userGroups', details: { userGroups: input.userGroupIds.length } },
    ]);
    return (await findStaff(tx, account.id))!;
  });
}

/** Lets a deactivated account sign in again (new sessions only; the old ones stay ended). */
export async function reactivateAccount(services: Services, ctx: RequestContext, accountId: string, version: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const account = await findAccountObject(tx, accountId);
    if (!account) throw notFound();
    accountPolicy.authorize(subject, 'deactivate', account);
    if (account.version !== version) throw conflict({ version: account.version, status: account.status });
    if (account.status !== 'deactivated') throw validation([{ field: 'status', code: 'invalid' }]);
    // An account that never set its password goes back to "invited", so its link can still be renewed.
    const [{ has_password: hasPassword } = { has_password: false }] = await queryRows<{ has_password: boolean }>(
      tx,
      sql`select password_hash is not null as has_password from account where id = ${accountId}::uuid`,
    );
    await tx
      .update(accounts)
      .set({ status: hasPassword ? 'active' : 'invited', version: account.version + 1, updatedAt: now })
      .where(and(eq(accounts.id, accountId), eq(accounts.version, version)));
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'account', objectId: accountId, field: 'status', details: { to: hasPassword ? 'active' : 'invited' } }]);
    return findStaff(tx, accountId);
  });
}

// ---- teams and user groups -------------------------------------------------------------------------------------

const uniqueName = async <T>(write: () => Promise<T>, field = 'name'): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    if (code === '23505') throw validation([{ field, code: 'taken' }]);
    throw error;
  }
};

export async function createTeam(services: Services, ctx: RequestContext, input: { name: string; organisationId: string; teamType: string }) {
  const subject = subjectOf(ctx);
  teamPolicy.authorize(subject, 'manage', { tenantId: subject.tenantId, id: '' });
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId));
    if (!org) throw validation([{ field: 'organisationId', code: 'invalid' }]);
    const [team] = await uniqueName(() => tx.insert(teams).values({ tenantId: subject.tenantId, ...input }).returning({ id: teams.id }));
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'team', objectId: team!.id }]);
    return (await listTeams(tx, team!.id))[0]!;
  });
}

const currentTeam = async (tx: Tx, teamId: string) => {
  const [team] = await listTeams(tx, teamId);
  return team ? { name: team.name, version: team.version } : null;
};
const currentGroup = async (tx: Tx, groupId: string) => {
  const [group] = await listUserGroups(tx, groupId);
  return group ? { name: group.name, description: group.description, version: group.version } : null;
};

export async function renameTeam(services: Services, ctx: RequestContext, teamId: string, input: { name: string; version: number }) {
  const subject = subjectOf(ctx);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [team] = await listTeams(tx, teamId);
    if (!team) throw notFound();
    teamPolicy.authorize(subject, 'manage', { tenantId: team.tenant_id, id: team.id });
    if (team.version !== input.version) throw conflict({ name: team.name, version: team.version });
    const updated = await uniqueName(() =>
      tx
        .update(teams)
        .set({ name: input.name, version: team.version + 1, updatedAt: services.clock() })
        .where(and(eq(teams.id, teamId), eq(teams.version, input.version)))
        .returning({ id: teams.id }),
    );
    // Someone else's change came in between the read and this write.
    if (updated.length === 0) throw conflict(await currentTeam(tx, teamId));
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'team', objectId: teamId, field: 'name' }]);
    return (await listTeams(tx, teamId))[0]!;
  });
}

/** The professional's account (for its sessions), or a 400 naming `personId` when it is not a professional here. */
async function professional(tx: Tx, personId: string) {
  const [row] = await tx
    .select({ personId: people.id, accountId: accounts.id })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(eq(people.id, personId), eq(people.kind, 'professional')));
  if (!row) throw validation([{ field: 'personId', code: 'invalid' }]);
  return row;
}

/** Puts a professional in a team, or changes whether they are its aanjager (team superuser). */
export async function setTeamMember(services: Services, ctx: RequestContext, currentSessionId: string | null, teamId: string, personId: string, isSuperuser: boolean) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [team] = await listTeams(tx, teamId);
    if (!team) throw notFound();
    teamPolicy.authorize(subject, 'manageMembers', { tenantId: team.tenant_id, id: team.id });
    const member = await professional(tx, personId);
    const [existing] = await tx.select().from(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.personId, personId)));
    if (existing && existing.isSuperuser === isSuperuser) return;
    if (existing) await tx.update(teamMembers).set({ isSuperuser }).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.personId, personId)));
    else await tx.insert(teamMembers).values({ tenantId: subject.tenantId, teamId, personId, isSuperuser });
    if (member.accountId) {
      await tx.delete(accountRoles).where(and(eq(accountRoles.accountId, member.accountId), eq(accountRoles.role, 'teamSuperuser'), eq(accountRoles.teamId, teamId)));
      if (isSuperuser) {
        const [person] = await tx.select({ organisationId: people.organisationId }).from(people).where(eq(people.id, personId));
        await tx.insert(accountRoles).values({ tenantId: subject.tenantId, accountId: member.accountId, role: 'teamSuperuser', organisationId: person?.organisationId ?? null, teamId });
      }
      await tx.update(accounts).set({ version: sql`${accounts.version} + 1`, updatedAt: now }).where(eq(accounts.id, member.accountId));
      await endSessions(tx, member.accountId, now, member.accountId === subject.accountId ? currentSessionId : null);
    }
    await recordAudit(tx, ctx, [{ action: existing ? 'update' : 'grant', objectType: 'teamMember', objectId: teamId, field: 'isSuperuser', details: { personId, isSuperuser } }]);
  });
}

export async function removeTeamMember(services: Services, ctx: RequestContext, currentSessionId: string | null, teamId: string, personId: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [team] = await listTeams(tx, teamId);
    if (!team) throw notFound();
    teamPolicy.authorize(subject, 'manageMembers', { tenantId: team.tenant_id, id: team.id });
    const removed = await tx.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.personId, personId))).returning();
    if (removed.length === 0) throw notFound();
    const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId));
    if (account) {
      await tx.delete(accountRoles).where(and(eq(accountRoles.accountId, account.id), eq(accountRoles.role, 'teamSuperuser'), eq(accountRoles.teamId, teamId)));
      await tx.update(accounts).set({ version: sql`${accounts.version} + 1`, updatedAt: now }).where(eq(accounts.id, account.id));
      await endSessions(tx, account.id, now, account.id === subject.accountId ? currentSessionId : null);
    }
    await recordAudit(tx, ctx, [{ action: 'revoke', objectType: 'teamMember', objectId: teamId, details: { personId } }]);
  });
}

export async function createUserGroup(services: Services, ctx: RequestContext, input: { name: string; description?: string | undefined }) {
  const subject = subjectOf(ctx);
  userGroupPolicy.authorize(subject, 'manage', { tenantId: subject.tenantId, id: '' });
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [group] = await uniqueName(() =>
      tx.insert(userGroups).values({ tenantId: subject.tenantId, name: input.name, description: input.description || null }).returning({ id: userGroups.id }),
    );
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'userGroup', objectId: group!.id }]);
    return (await listUserGroups(tx, group!.id))[0]!;
  });
}

export async function changeUserGroup(services: Services, ctx: RequestContext, groupId: string, input: { name: string; description?: string | undefined; version: number }) {
  const subject = subjectOf(ctx);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [group] = await listUserGroups(tx, groupId);
    if (!group) throw notFound();
    userGroupPolicy.authorize(subject, 'manage', { tenantId: group.tenant_id, id: group.id });
    if (group.version !== input.version) throw conflict({ name: group.name, description: group.description, version: group.version });
    const updated = await uniqueName(() =>
      tx
        .update(userGroups)
        .set({ name: input.name, description: input.description || null, version: group.version + 1, updatedAt: services.clock() })
        .where(and(eq(userGroups.id, groupId), eq(userGroups.version, input.version)))
        .returning({ id: userGroups.id }),
    );
    if (updated.length === 0) throw conflict(await currentGroup(tx, groupId));
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'userGroup', objectId: groupId, field: 'name' }]);
    return (await listUserGroups(tx, groupId))[0]!;
  });
}

export async function setGroupMember(services: Services, ctx: RequestContext, groupId: string, personId: string, member: boolean) {
  const subject = subjectOf(ctx);
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [group] = await listUserGroups(tx, groupId);
    if (!group) throw notFound();
    userGroupPolicy.authorize(subject, 'manage', { tenantId: group.tenant_id, id: group.id });
    if (member) {
      await professional(tx, personId);
      await tx.insert(userGroupMembers).values({ tenantId: subject.tenantId, userGroupId: groupId, personId }).onConflictDoNothing();
    } else {
      const removed = await tx.delete(userGroupMembers).where(and(eq(userGroupMembers.userGroupId, groupId), eq(userGroupMembers.personId, personId))).returning();
      if (removed.length === 0) throw notFound();
    }
    await recordAudit(tx, ctx, [{ action: member ? 'grant' : 'revoke', objectType: 'userGroupMember', objectId: groupId, details: { personId } }]);
  });
}

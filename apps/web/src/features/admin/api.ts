import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError, request } from '../identity/http';

/** Everything /werk/beheer says to the server: professionals, teams, user groups, tenant settings and terms. */

export const staffRoles = ['coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'] as const;
export type StaffRole = (typeof staffRoles)[number];
export type AccountStatus = 'invited' | 'active' | 'deactivated';
type Named = { firstName: string; infix: string | null; surname: string };
type Ref = { id: string; name: string };

export type StaffMember = {
  id: string;
  personId: string;
  email: string;
  status: AccountStatus;
  version: number;
  person: Named;
  organisation: Ref | null;
  roles: string[];
  teams: Array<Ref & { isSuperuser: boolean }>;
  userGroups: Ref[];
  lastSignInAt: string | null;
  policies: string[];
};
export type StaffPage = { items: StaffMember[]; total: number; policies: string[] };

export type Member = { personId: string; accountId: string | null; person: Named; status: string | null; isSuperuser: boolean };
export type Team = { id: string; name: string; teamType: string; organisation: Ref; version: number; memberCount: number; members?: Member[]; policies: string[] };
export type UserGroup = { id: string; name: string; description: string | null; version: number; memberCount: number; members?: Member[]; policies: string[] };
export type Organisation = { id: string; name: string; kind: string };

export type Rights = { roles: StaffRole[]; teams: Array<{ id: string; superuser: boolean }>; userGroupIds: string[] };
export type InviteInput = Rights & { firstName: string; infix?: string; surname: string; email: string; organisationId: string; language: 'nl' | 'en' };

export type Settings = {
  idleTimeoutMinutes: number;
  absoluteTimeoutHours: number;
  lockoutThreshold: number;
  invitationValidDays: number;
  digidEnabled: boolean;
  eherkenningEnabled: boolean;
  passwordMinLength: number;
  passkeysEnabled: boolean;
  requireStrongSecondFactorForProfessionals: boolean;
  version: number;
  updatedAt: string;
  policies: string[];
};
export type SettingsInput = Omit<Settings, 'updatedAt' | 'policies'>;
export type Terms = { version: number; publishedAt: string; bodyNl: string; bodyEn: string; policies: string[] };

export const pageSize = 20;
const adminKey = ['admin'] as const;
const noRetryOnRefusal = (count: number, error: unknown) => !(error instanceof ProblemError && error.status < 500) && count < 2;
const id = encodeURIComponent;

export function useStaff(q: string, page: number) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (q) query.set('q', q);
  return useQuery({
    queryKey: [...adminKey, 'staff', q, page],
    queryFn: () => request<StaffPage>('GET', `/api/staff?${query}`),
    placeholderData: keepPreviousData,
    retry: noRetryOnRefusal,
  });
}

/** How many professionals the member picker shows at once; the rest are found by typing a name or e-mail address. */
export const pickerSize = 20;

/** Professionals to put in a team or group: searched by the server on name or e-mail, the first `pickerSize` shown. */
export function useStaffPicker(q: string) {
  const query = new URLSearchParams({ pageSize: String(pickerSize) });
  if (q) query.set('q', q);
  return useQuery({
    queryKey: [...adminKey, 'staff', 'pick', q],
    queryFn: () => request<StaffPage>('GET', `/api/staff?${query}`),
    placeholderData: keepPreviousData,
    retry: noRetryOnRefusal,
  });
}

export function useStaffMember(accountId: string) {
  return useQuery({ queryKey: [...adminKey, 'staff', 'one', accountId], queryFn: () => request<StaffMember>('GET', `/api/staff/${id(accountId)}`), retry: noRetryOnRefusal });
}

export function useOrganisations() {
  return useQuery({ queryKey: [...adminKey, 'organisations'], queryFn: () => request<{ items: Organisation[] }>('GET', '/api/organisations'), retry: noRetryOnRefusal });
}

export function useTeams() {
  return useQuery({ queryKey: [...adminKey, 'teams'], queryFn: () => request<{ items: Team[]; policies: string[] }>('GET', '/api/teams'), retry: noRetryOnRefusal });
}

export function useTeam(teamId: string) {
  return useQuery({ queryKey: [...adminKey, 'teams', teamId], queryFn: () => request<Team>('GET', `/api/teams/${id(teamId)}`), retry: noRetryOnRefusal });
}

export function useUserGroups() {
  return useQuery({
    queryKey: [...adminKey, 'groups'],
    queryFn: () => request<{ items: UserGroup[]; policies: string[] }>('GET', '/api/user-groups'),
    retry: noRetryOnRefusal,
  });
}

export function useUserGroup(groupId: string) {
  return useQuery({ queryKey: [...adminKey, 'groups', groupId], queryFn: () => request<UserGroup>('GET', `/api/user-groups/${id(groupId)}`), retry: noRetryOnRefusal });
}

export function useSettings() {
  return useQuery({ queryKey: [...adminKey, 'settings'], queryFn: () => request<Settings>('GET', '/api/tenant/settings'), retry: noRetryOnRefusal });
}

export function useTerms() {
  return useQuery({ queryKey: [...adminKey, 'terms'], queryFn: () => request<Terms>('GET', '/api/tenant/terms'), retry: noRetryOnRefusal });
}

/**
 * Every change refreshes all of beheer (a team's members show on the professional and the other way round); a failed
 * one too, so after a conflict (409) the page shows the version someone else saved.
 */
function useAdminMutation<I, O>(send: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => queryClient.invalidateQueries({ queryKey: adminKey }) });
}

export const useInvite = () => useAdminMutation((input: InviteInput) => request<StaffMember>('POST', '/api/staff', input));
export const useChangeRights = (accountId: string) =>
  useAdminMutation((input: Rights & { version: number }) => request<StaffMember>('PUT', `/api/staff/${id(accountId)}/rights`, input));
export const useSetActive = (accountId: string) =>
  useAdminMutation(({ active, version }: { active: boolean; version: number }) =>
    request<unknown>('POST', `/api/accounts/${id(accountId)}/${active ? 'reactivate' : 'deactivate'}`, { version }),
  );
export const useCreateTeam = () =>
  useAdminMutation((input: { name: string; organisationId: string; teamType: string }) => request<Team>('POST', '/api/teams', input));
export const useRenameTeam = (teamId: string) =>
  useAdminMutation((input: { name: string; version: number }) => request<Team>('PUT', `/api/teams/${id(teamId)}`, input));
export const useSetTeamMember = (teamId: string) =>
  useAdminMutation(({ personId, isSuperuser, remove }: { personId: string; isSuperuser?: boolean; remove?: boolean }) =>
    remove
      ? request<null>('DELETE', `/api/teams/${id(teamId)}/members/${id(personId)}`)
      : request<null>('PUT', `/api/teams/${id(teamId)}/members/${id(personId)}`, { isSuperuser: Boolean(isSuperuser) }),
  );
export const useCreateGroup = () =>
  useAdminMutation((input: { name: string; description?: string }) => request<UserGroup>('POST', '/api/user-groups', input));
export const useChangeGroup = (groupId: string) =>
  useAdminMutation((input: { name: string; description?: string; version: number }) => request<UserGroup>('PUT', `/api/user-groups/${id(groupId)}`, input));
export const useSetGroupMember = (groupId: string) =>
  useAdminMutation(({ personId, remove }: { personId: string; remove?: boolean }) =>
    request<null>(remove ? 'DELETE' : 'PUT', `/api/user-groups/${id(groupId)}/members/${id(personId)}`),
  );
export const useSaveSettings = () => useAdminMutation((input: SettingsInput) => request<Settings>('PUT', '/api/tenant/settings', input));
export const usePublishTerms = () => useAdminMutation((input: { bodyNl: string; bodyEn: string }) => request<{ version: number }>('POST', '/api/tenant/terms', input));

export const fullName = (p: Named) => [p.firstName, p.infix, p.surname].filter(Boolean).join(' ');

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { currentLanguage } from '../../app/i18n';
import { forgetSession, ProblemError, request } from './http';

export { ProblemError } from './http';
export type { FieldError } from './http';

/** Everything the sign-in feature says to the server: /api/auth/*, /api/me and /api/tenants. */

export type Step = 'email-code' | 'totp' | 'passkey' | 'change-password' | 'accept-terms' | 'enrol-second-factor' | 'done';
/** The second steps offered after the password, the one the server chose first. */
export type SecondStep = 'email-code' | 'totp' | 'passkey';
export type Role =
  | 'resident'
  | 'relative'
  | 'coach'
  | 'consultant'
  | 'providerProfessional'
  | 'teamSuperuser'
  | 'functionalAdmin';
export type Tenant = { slug: string; name: string; digid: boolean; eherkenning: boolean; passkeys: boolean; passwordMinLength: number };
export type Me = {
  person: { id: string; firstName: string; infix: string | null; surname: string };
  tenant: Tenant;
  roles: Role[];
  activeRole: Role;
  csrfToken: string;
  /** The organisation offers passkeys. */
  passkeys: boolean;
  /** An authenticator app is linked. */
  totp: boolean;
  session: { idleExpiresAt: string; absoluteExpiresAt: string };
  /** `removeTotp`: the linked app may be unlinked (not the last app or passkey the organisation demands of staff). */
  policies: 'removeTotp'[];
};
export type Terms = { version: number; language: 'nl' | 'en'; body: string; publishedAt: string };
export type InvitationCheck = { status: 'valid' | 'expired' | 'used' | 'invalid'; firstName: string | null };
export type StepAnswer = { next: Step; csrfToken: string; methods?: SecondStep[] };
/** WebAuthn options as JSON, handed to @simplewebauthn/browser as they are. */
type PasskeyOptions = { options: { challenge: string } & Record<string, unknown> };

export const identityApi = {
  login: (input: { email: string; password: string; organisation: string }) =>
    request<StepAnswer>('POST', '/api/auth/login', input),
  emailCode: (code: string) => request<StepAnswer>('POST', '/api/auth/email-code', { code }),
  totp: (input: { code: string } | { recoveryCode: string }) => request<StepAnswer>('POST', '/api/auth/totp', input),
  passkeyOptions: () => request<PasskeyOptions>('POST', '/api/auth/passkey/options'),
  passkey: (response: unknown) => request<StepAnswer>('POST', '/api/auth/passkey', { response }),
  passkeySignInOptions: (organisation: string) => request<PasskeyOptions>('POST', '/api/auth/passkey-sign-in/options', { organisation }),
  passkeySignIn: (input: { organisation: string; response: unknown }) => request<StepAnswer>('POST', '/api/auth/passkey-sign-in', input),
  requestReset: (input: { email: string; organisation: string }) => request<unknown>('POST', '/api/auth/password-reset', input),
  confirmReset: (input: { organisation: string; token: string }) =>
    request<StepAnswer>('POST', '/api/auth/password-reset/confirm', input),
  checkInvitation: (input: { organisation: string; token: string }) =>
    request<InvitationCheck>('GET', `/api/invitations/check?${new URLSearchParams(input).toString()}`),
  acceptInvitation: (input: { organisation: string; token: string; newPassword: string }) =>
    request<void>('POST', '/api/invitations/accept', input),
  renewInvitation: (input: { organisation: string; token: string }) => request<unknown>('POST', '/api/invitations/renew', input),
  resendCode: () => request<void>('POST', '/api/auth/email-code/resend'),
  newPassword: (input: { newPassword: string; currentPassword?: string }) =>
    request<StepAnswer>('POST', '/api/auth/password', input),
  terms: () => request<Terms>('GET', '/api/auth/terms'),
  acceptTerms: (version: number) => request<StepAnswer>('POST', '/api/auth/terms', { version }),
  logout: (everywhere: boolean) => request<void>('POST', `/api/auth/logout${everywhere ? '?everywhere=true' : ''}`),
  switchRole: (role: Role) => request<void>('POST', '/api/me/role', { role }),
  /** The signed-in person's language, which mails others cause to be sent to them are written in. */
  setLanguage: (language: 'nl' | 'en') => request<void>('PUT', '/api/me/language', { language }),
};

export const meKey = ['identity', 'me'] as const;

/**
 * null when nobody is (fully) signed in: the server answers 401 then. That 401 forgets nothing here: a session that
 * was fully in is forgotten by request() itself, and a half-finished sign-in (a reset link just followed, whose code
 * step comes next) must keep the CSRF token its last step handed out; this answer may even arrive after that step's.
 */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await request<Me>('GET', '/api/me');
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: 1 });
}

export function useTenants() {
  return useQuery({
    queryKey: ['identity', 'tenants'],
    queryFn: () => request<{ items: Tenant[] }>('GET', '/api/tenants').then((answer) => answer.items),
    staleTime: 5 * 60_000,
  });
}

/** The least a tenant may ask; the hint says it until the organisation list has come. */
const DEFAULT_PASSWORD_MIN_LENGTH = 12;

/**
 * The organisation's own password length (its setting `passwordMinLength`) for the hint at every new-password field.
 * Without a known organisation: the only one there is, else the default (the server checks and names it anyway).
 */
export function usePasswordMinLength(organisation: string | null | undefined): number {
  const items = useTenants().data ?? [];
  const tenant = items.find((item) => item.slug === organisation) ?? (items.length === 1 ? items[0] : undefined);
  return tenant?.passwordMinLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
}

export function useTerms(enabled: boolean) {
  // The text comes in the UI language: a language switch fetches it again.
  return useQuery({ queryKey: ['identity', 'terms', currentLanguage()], queryFn: identityApi.terms, enabled });
}

/**
 * Signs out here (or everywhere). `leave` runs first (it moves to another page), then the person is forgotten, so
 * no page that needs a signed-in person redirects on its own in between.
 */
export function useLogout(leave: (everywhere: boolean) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (everywhere: boolean) => identityApi.logout(everywhere),
    onSettled: (_data, _error, everywhere) => {
      leave(everywhere);
      forgetSession();
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function useSwitchRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: identityApi.switchRole,
    onSuccess: () => queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 }),
  });
}

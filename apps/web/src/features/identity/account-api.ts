import { useQuery } from '@tanstack/react-query';
import type { Step } from './api';
import { request } from './http';

/** What the account page says to the server: its own password, an authenticator app and the open sessions. */

export type SessionItem = { id: string; userAgent: string | null; createdAt: string; lastSeenAt: string; current: boolean; policies: string[] };
export type TotpEnrolment = { secret: string; uri: string; qrCode: string };
export type PasskeyItem = { id: string; name: string; createdAt: string; lastUsedAt: string | null; policies: string[] };

export const accountApi = {
  changePassword: (input: { currentPassword: string; newPassword: string }) =>
    request<{ next: Step; csrfToken: string }>('POST', '/api/auth/password', input),
  startTotp: () => request<TotpEnrolment>('POST', '/api/me/totp'),
  confirmTotp: (code: string) => request<{ recoveryCodes: string[] }>('POST', '/api/me/totp/confirm', { code }),
  removeTotp: () => request<void>('DELETE', '/api/me/totp'),
  passkeys: () => request<{ items: PasskeyItem[] }>('GET', '/api/me/passkeys').then((answer) => answer.items),
  passkeyOptions: () => request<{ options: { challenge: string } & Record<string, unknown> }>('POST', '/api/me/passkeys/options'),
  addPasskey: (input: { name: string; response: unknown }) => request<PasskeyItem>('POST', '/api/me/passkeys', input),
  removePasskey: (id: string) => request<void>('DELETE', `/api/me/passkeys/${encodeURIComponent(id)}`),
  sessions: () => request<{ items: SessionItem[] }>('GET', '/api/me/sessions').then((answer) => answer.items),
  endSession: (id: string) => request<void>('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`),
};

export const sessionsKey = ['identity', 'sessions'] as const;
export const passkeysKey = ['identity', 'passkeys'] as const;

export function usePasskeys(enabled = true) {
  return useQuery({ queryKey: passkeysKey, queryFn: accountApi.passkeys, staleTime: 0, enabled });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: accountApi.sessions, staleTime: 0 });
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchMe, identityApi } from './api';

type Sent = { path: string; headers: Record<string, string> };

/** Answers each fetch with the next of `answers` (status and body) and records what was sent. */
function serverAnswering(answers: Array<[number, unknown]>) {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (path: string, init: RequestInit) => {
    sent.push({ path, headers: init.headers as Record<string, string> });
    const [status, body] = answers.shift()!;
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  });
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchMe during a half-finished sign-in', () => {
  it('keeps the CSRF token of the step just passed when /api/me answers 401 (a reset link followed: the code comes next)', async () => {
    const sent = serverAnswering([
      [200, { next: 'email-code', csrfToken: 'token-of-the-reset' }],
      [401, { title: 'Not signed in' }],
      [200, { next: 'change-password', csrfToken: 'token-of-the-code' }],
    ]);
    await identityApi.confirmReset({ organisation: 'demoland', token: 'link-token' });
    // The page's own /api/me, answered after the reset link was: a half-finished sign-in has no /api/me yet.
    expect(await fetchMe()).toBeNull();
    await identityApi.emailCode('123456');
    expect(sent.map((request) => request.path)).toEqual(['/api/auth/password-reset/confirm', '/api/me', '/api/auth/email-code']);
    expect(sent[2]!.headers['x-csrf-token']).toBe('token-of-the-reset');
  });
});

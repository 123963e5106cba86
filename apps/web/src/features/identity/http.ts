import { currentLanguage } from '../../app/i18n';

/**
 * The one way the identity feature talks to the server: JSON with Accept-Language, the CSRF token on every change,
 * problem+json turned into a ProblemError, and the session's idle expiry read from each answer.
 */

export type FieldError = { field: string; code: string; message: string };

/** An answer in application/problem+json; title, detail and field messages come translated from the server. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[],
    readonly retryAfterSeconds: number | null,
    /** With a 409: the current state of what the caller tried to change, so the UI can show both versions. */
    readonly current: unknown = null,
  ) {
    super(`${status} ${title}`);
  }
}

// The latest token the server handed out; every POST carries it. Never stored: a reload asks /api/me again.
let csrfToken: string | null = null;
// Whether the person got all the way in. A half-finished sign-in (code, new password, terms still to come) also has
// a session, and its /api/me answers 401 by design: that must not count as losing the session.
let fullySignedIn = false;

export function forgetSession() {
  csrfToken = null;
  fullySignedIn = false;
  setIdleExpiry(null);
}

// When the session goes idle, as the server said in `x-session-idle-expires` on its latest answer.
let idleExpiresAt: number | null = null;
const expiryListeners = new Set<() => void>();

function setIdleExpiry(value: number | null) {
  if (value === idleExpiresAt) return;
  idleExpiresAt = value;
  for (const listener of expiryListeners) listener();
}

export const idleExpiry = {
  get: () => idleExpiresAt,
  subscribe(listener: () => void) {
    expiryListeners.add(listener);
    return () => void expiryListeners.delete(listener);
  },
};

// Called when an answer says the session is gone (401 outside sign-in): the app then forgets the person.
const lostListeners = new Set<() => void>();
export function onSessionLost(listener: () => void) {
  lostListeners.add(listener);
  return () => void lostListeners.delete(listener);
}

function headers(json: boolean): HeadersInit {
  const result: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage() };
  if (json) result['content-type'] = 'application/json';
  if (csrfToken) result['x-csrf-token'] = csrfToken;
  return result;
}

/** The headers request() sends (language, CSRF token), for an upload that needs XMLHttpRequest to report progress. */
export function requestHeaders(): Record<string, string> {
  return headers(false) as Record<string, string>;
}

async function toProblem(response: Response): Promise<ProblemError> {
  const body = (await response.json().catch(() => ({}))) as Partial<{ title: string; detail: string; errors: FieldError[]; current: unknown }>;
  const retry = Number(response.headers.get('retry-after'));
  return new ProblemError(
    response.status,
    body.title ?? response.statusText,
    body.detail ?? '',
    Array.isArray(body.errors) ? body.errors : [],
    Number.isFinite(retry) && retry > 0 ? retry : null,
    body.current ?? null,
  );
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: headers(body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const expiry = Date.parse(response.headers.get('x-session-idle-expires') ?? '');
  if (!Number.isNaN(expiry)) setIdleExpiry(expiry);
  if (!response.ok) {
    const problem = await toProblem(response);
    if (response.status === 401 && fullySignedIn && !path.startsWith('/api/auth/')) {
      forgetSession();
      for (const listener of lostListeners) listener();
    }
    throw problem;
  }
  if (response.status === 204 || response.status === 202) return (await response.json().catch(() => undefined)) as T;
  const result = (await response.json()) as T;
  const token = (result as { csrfToken?: unknown }).csrfToken;
  if (typeof token === 'string') csrfToken = token;
  if (path === '/api/me' || (result as { next?: unknown }).next === 'done') fullySignedIn = true;
  return result;
}

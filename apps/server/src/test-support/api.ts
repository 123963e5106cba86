import type { TestApp } from './app.js';
import type { SignedIn } from './session.js';

/** A signed-in caller's requests through the real app, with cookie and CSRF header as a browser sends them. */
export function apiAs(t: TestApp, signed: SignedIn | null) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, ...(signed ? { headers: signed.headers } : {}), ...(payload === undefined ? {} : { payload: payload as object }) });
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
    delete: (url: string, payload?: unknown) => call('DELETE', url, payload ?? {}),
  };
}

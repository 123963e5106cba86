import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { throughBroker } from '../../test-support/broker.js';
import { cookieOf } from '../../test-support/session.js';

let t: TestApp;

async function start(organisation = 'demoland') {
  const response = await t.app.inject({ method: 'GET', url: `/api/auth/digid/start?organisation=${organisation}` });
  return { response, pending: response.cookies.find((c) => c.name === 'samenplan-digid') };
}
const callback = (url: URL, pendingValue: string | undefined) =>
  t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: pendingValue ? { cookie: `samenplan-digid=${pendingValue}` } : {} });

beforeAll(async () => {
  t = await createTestApp({ DEV_OIDC_BROKER: 'true' });
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('DigiD through the OpenID Connect broker', () => {
  it('is offered in the organisation list where the tenant switched it on', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/tenants' })).json().items).toEqual([{ slug: 'demoland', name: 'Gemeente Demoland', digid: true, eherkenning: true, passkeys: true, passwordMinLength: 12 }]);
  });

  it('is not offered for an unknown organisation', async () => {
    expect((await start('atlantis')).response.statusCode).toBe(404);
  });

  it('refuses a callback without the pending cookie, or with another sign-in’s state', async () => {
    const first = await start();
    const url = await throughBroker(first.response.headers.location as string, '999990019');
    expect((await callback(url, undefined)).headers.location).toBe('/inloggen?fout=digid');
    const second = await start();
    expect((await callback(url, second.pending!.value)).headers.location).toBe('/inloggen?fout=digid');
  });

  it('does not sign in a BSN without an account, and does not log the number', async () => {
    const { response, pending } = await start();
    const url = await throughBroker(response.headers.location as string, '111222333');
    expect((await callback(url, pending!.value)).headers.location).toBe('/inloggen?fout=digid-onbekend');
    expect(t.logs()).not.toContain('111222333');
  });

  it('signs in the resident whose BSN the broker gives, with PKCE, state and nonce checked', async () => {
    const { response, pending } = await start();
    const location = new URL(response.headers.location as string);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    const url = await throughBroker(location.href, '999990019');
    const done = await callback(url, pending!.value);
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookieOf({ cookies: done.cookies.filter((c) => c.name === 'samenplan') }) } });
    expect(me.json().person).toMatchObject({ firstName: 'Jan', surname: 'Boer' });
    // The code cannot be used twice.
    expect((await callback(url, pending!.value)).headers.location).toBe('/inloggen?fout=digid');
  });
});

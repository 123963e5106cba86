import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoTerms } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { termsVersions } from '../../db/schema/index.js';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { cookieOf, mailedCode, signIn } from '../../test-support/session.js';

let t: TestApp;
const mohamed = { email: 'mohamed.yilmaz@demoland.example', password: demoPassword, organisation: 'demoland' };
const GOOD = 'lange-zin-met-fietsen-en-appels';

/** Password and code for an account that has gates left; returns the session headers and the next step. */
async function throughCode(who = mohamed) {
  const since = t.mail.mails.length;
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: who });
  const pending = { cookie: cookieOf(first), 'x-csrf-token': first.json().csrfToken as string };
  const code = await mailedCode(t, who.email, since);
  const step = await t.app.inject({ method: 'POST', url: '/api/auth/email-code', headers: pending, payload: { code } });
  return { headers: { cookie: cookieOf(step), 'x-csrf-token': step.json().csrfToken as string }, next: step.json().next as string };
}
const setPassword = (headers: Record<string, string>, body: object) => t.app.inject({ method: 'POST', url: '/api/auth/password', headers, payload: body });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('first sign-in: new password, then terms', () => {
  it('asks for a new password after the code and lets nothing else through until then', async () => {
    const { headers, next } = await throughCode();
    expect(next).toBe('change-password');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: headers.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: headers.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers, payload: { version: 1 } })).statusCode).toBe(401);
  });

  it('refuses short, common, personal and unchanged passwords by naming the rule', async () => {
    const { headers } = await throughCode();
    const codeOf = async (newPassword: string) => (await setPassword(headers, { newPassword })).json().errors?.[0]?.code;
    expect((await setPassword(headers, { newPassword: 'kort' })).json().errors[0].message).toBe('Gebruik minstens 12 tekens.');
    expect(await codeOf('kort')).toBe('tooShort');
    expect(await codeOf('x'.repeat(129))).toBe('tooLong');
    expect(await codeOf('password1234')).toBe('common');
    expect(await codeOf('Mohamed-woont-hier-2026')).toBe('personal');
    expect(await codeOf('yilmaz.is.de.beste')).toBe('personal');
    expect(await codeOf(demoPassword)).toBe('reused');
  });

  it('then asks for the current terms, and only the version shown can be accepted', async () => {
    const { headers } = await throughCode();
    const changed = await setPassword(headers, { newPassword: GOOD });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().next).toBe('accept-terms');
    const session = { cookie: cookieOf(changed), 'x-csrf-token': changed.json().csrfToken as string };
    const terms = await t.app.inject({ method: 'GET', url: '/api/auth/terms', headers: { cookie: session.cookie, 'accept-language': 'en' } });
    expect(terms.json()).toMatchObject({ version: 1, language: 'en', body: demoTerms.bodyEn });
    expect(terms.json().body).not.toMatch(/^Terms of use/);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    const stale = await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers: session, payload: { version: 0 } });
    expect(stale.statusCode).toBe(400);
    const wrongVersion = await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers: session, payload: { version: 2 } });
    expect(wrongVersion.json().errors[0]).toMatchObject({ field: 'version', code: 'outdated' });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers: session, payload: { version: 1 } })).json().next).toBe('done');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).json().person.firstName).toBe('Mohamed');
  });

  it('ended the other sessions of the account when the password changed, and the old password no longer works', async () => {
    const old = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: mohamed });
    expect(old.statusCode).toBe(401);
    const next = await signIn(t, mohamed.email, GOOD, 'demoland');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: next.cookie } })).statusCode).toBe(200);
  });

  it('sends a signed-in person back through the terms when a new version is published', async () => {
    const jan = await signIn(t, 'jan.deboer@demoland.example', demoPassword, 'demoland');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: jan.cookie } })).statusCode).toBe(200);
    const tenantId = (await t.database.owner.query.tenants.findFirst())!.id;
    await inTenant(t.database.owner, tenantId, (tx) => tx.insert(termsVersions).values({ tenantId, version: 2, bodyNl: 'Versie 2', bodyEn: 'Version 2' }));
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: jan.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/terms', headers: { cookie: jan.cookie } })).json()).toMatchObject({ version: 2, body: 'Versie 2' });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers: jan.headers, payload: { version: 2 } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: jan.cookie } })).statusCode).toBe(200);
  });

  it('lets a signed-in person change their password only with the current one', async () => {
    const ria = await signIn(t, 'ria.deboer@demoland.example', demoPassword, 'demoland');
    await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers: ria.headers, payload: { version: 2 } });
    const missing = await setPassword(ria.headers, { newPassword: GOOD });
    expect(missing.json().errors[0]).toMatchObject({ field: 'currentPassword', code: 'required' });
    const wrongCurrent = await setPassword(ria.headers, { currentPassword: 'niet-het-wachtwoord', newPassword: GOOD });
    expect(wrongCurrent.json().errors[0]).toMatchObject({ field: 'currentPassword', code: 'invalid' });
    const ok = await setPassword(ria.headers, { currentPassword: demoPassword, newPassword: GOOD });
    expect(ok.json()).toMatchObject({ next: 'done' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { cookieOf, mailedCode } from '../../test-support/session.js';

let t: TestApp;
let now = new Date('2026-11-23T09:00:00Z');
const ria = { email: 'ria.deboer@demoland.example', password: demoPassword, organisation: 'demoland' };

/** Password step only: returns the pending session and the code that was mailed for it. */
async function passwordStep(who = ria, ip = '10.0.0.1') {
  const since = t.mail.mails.length;
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: who, remoteAddress: ip });
  expect(response.statusCode).toBe(200);
  const headers = { cookie: cookieOf(response), 'x-csrf-token': response.json().csrfToken as string };
  return { headers, code: await mailedCode(t, who.email, since) };
}
const submit = (headers: Record<string, string>, code: string) => t.app.inject({ method: 'POST', url: '/api/auth/email-code', headers, payload: { code } });
const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('e-mailed code after the password', () => {
  it('keeps a half-signed-in session out of everything else', async () => {
    const { headers } = await passwordStep();
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: headers.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: headers.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/me/role', headers, payload: { role: 'relative' } })).statusCode).toBe(401);
  });

  it('refuses a malformed code by naming the field', async () => {
    const { headers } = await passwordStep();
    const response = await submit(headers, '12ab');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'code', code: 'invalidFormat' })]);
  });

  it('kills the code after five wrong tries, even for the right code afterwards', async () => {
    const { headers, code } = await passwordStep();
    for (let i = 1; i <= 4; i++) expect((await submit(headers, wrong(code))).json().errors[0]).toMatchObject({ code: 'invalid', message: 'Deze code klopt niet. Kijk nog eens in de e-mail of uw app.' });
    expect((await submit(headers, wrong(code))).json().errors[0].code).toBe('tooManyAttempts');
    const late = await submit(headers, code);
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].code).toBe('tooManyAttempts');
  });

  it('refuses a code after 5 minutes and a code used once', async () => {
    const a = await passwordStep();
    now = new Date(now.getTime() + 5 * 60_000 + 1000);
    expect((await submit(a.headers, a.code)).json().errors[0].code).toBe('expired');
    const b = await passwordStep();
    expect((await submit(b.headers, b.code)).statusCode).toBe(200);
    expect((await submit(b.headers, b.code)).statusCode).toBe(401);
  });

  it('sends a new code on request, which makes the old one useless, at most once per 30 seconds', async () => {
    const { headers, code: old } = await passwordStep();
    const tooSoon = await t.app.inject({ method: 'POST', url: '/api/auth/email-code/resend', headers });
    expect(tooSoon.statusCode).toBe(429);
    expect(Number(tooSoon.headers['retry-after'])).toBeGreaterThan(0);
    now = new Date(now.getTime() + 31_000);
    const since = t.mail.mails.length;
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/email-code/resend', headers })).statusCode).toBe(204);
    const fresh = await mailedCode(t, ria.email, since);
    if (fresh !== old) expect((await submit(headers, old)).statusCode).toBe(400);
    expect((await submit(headers, fresh)).statusCode).toBe(200);
  });

  it('says only the code in the mail, in the language of the request', async () => {
    const since = t.mail.mails.length;
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: ria, headers: { 'accept-language': 'en' } });
    await t.deliverMail();
    const mail = await t.mail.waitFor(ria.email, since);
    expect(mail.subject).toBe('Your Samenplan sign-in code');
    expect(mail.text).toMatch(/Dear Ria,/);
    expect(mail.text.replace(/\b\d{6}\b/, 'CODE')).not.toMatch(/Boer|Jan|\d{7,}/);
  });
});

describe('throttling', () => {
  const attempt = (email: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'not-the-password', organisation: 'demoland' }, remoteAddress: ip });

  it('delays from the 5th failure and locks at the 10th, the same for an unknown address, and tells the holder', async () => {
    const known = 'karin.smit@demoland.example';
    const unknown = 'niemand@demoland.example';
    for (let i = 1; i <= 4; i++) {
      expect((await attempt(known, `10.1.0.${i}`)).statusCode).toBe(401);
      expect((await attempt(unknown, `10.2.0.${i}`)).statusCode).toBe(401);
    }
    expect((await attempt(known, '10.1.0.5')).statusCode).toBe(401);
    expect((await attempt(unknown, '10.2.0.5')).statusCode).toBe(401);
    const [blockedKnown, blockedUnknown] = [await attempt(known, '10.1.0.6'), await attempt(unknown, '10.2.0.6')];
    expect(blockedKnown.statusCode).toBe(429);
    expect(blockedUnknown.statusCode).toBe(429);
    expect(blockedKnown.headers['retry-after']).toBe(blockedUnknown.headers['retry-after']);
    expect({ ...blockedKnown.json(), instance: null }).toEqual({ ...blockedUnknown.json(), instance: null });

    const since = t.mail.mails.length;
    for (let i = 6; i <= 10; i++) {
      now = new Date(now.getTime() + 60_000);
      expect((await attempt(known, `10.1.0.${i + 10}`)).statusCode).toBe(401);
    }
    now = new Date(now.getTime() + 60_000);
    const locked = await attempt(known, '10.1.0.99');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(13 * 60);
    await t.deliverMail();
    expect((await t.mail.waitFor(known, since)).subject).toBe('Inloggen tijdelijk geblokkeerd');

    // The right password does not get through the lock; after it, it does.
    const right = { email: known, password: demoPassword, organisation: 'demoland' };
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: right, remoteAddress: '10.1.1.1' })).statusCode).toBe(429);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: right, remoteAddress: '10.1.1.1' })).statusCode).toBe(200);
  });
});

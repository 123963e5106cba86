import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { cookieOf, mailedCode, signIn, type SignedIn } from '../../test-support/session.js';
import { totpCodeAt } from './totp.js';

let t: TestApp;
let now = new Date('2026-11-23T11:00:00Z');
const sanne = { email: 'sanne.devries@wijkteam.demoland.example', password: demoPassword, organisation: 'demoland' };
let secret = '';
let recovery: string[] = [];

async function passwordStep() {
  await t.deliverMail();
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: sanne });
  return { next: response.json().next as string, headers: { cookie: cookieOf(response), 'x-csrf-token': response.json().csrfToken as string } };
}
const totpStep = (headers: Record<string, string>, body: object) => t.app.inject({ method: 'POST', url: '/api/auth/totp', headers, payload: body });

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('authenticator app (TOTP)', () => {
  it('can only be linked by someone fully signed in', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/me/totp' })).statusCode).toBe(401);
    const { headers } = await passwordStep();
    expect((await t.app.inject({ method: 'POST', url: '/api/me/totp', headers })).statusCode).toBe(401);
  });

  it('is linked with a QR code and one confirming code, and gives ten recovery codes once', async () => {
    const session: SignedIn = await signIn(t, sanne.email, sanne.password, sanne.organisation);
    const started = await t.app.inject({ method: 'POST', url: '/api/me/totp', headers: session.headers });
    expect(started.statusCode).toBe(200);
    secret = started.json().secret;
    expect(started.json().uri).toMatch(/^otpauth:\/\/totp\/Samenplan:sanne\.devries%40wijkteam\.demoland\.example\?.*issuer=Samenplan/);
    expect(started.json().qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session.headers, payload: { code: '000000' } });
    expect(wrong.json().errors[0]).toMatchObject({ field: 'code', code: 'invalid' });
    const confirmed = await t.app.inject({ method: 'POST', url: '/api/me/totp/confirm', headers: session.headers, payload: { code: await totpCodeAt(secret, now) } });
    recovery = confirmed.json().recoveryCodes;
    expect(recovery).toHaveLength(10);
    expect(new Set(recovery).size).toBe(10);
  });

  it('then asks for the app code instead of mailing one, and refuses a code used before (replay)', async () => {
    now = new Date(now.getTime() + 60_000);
    const since = t.mail.mails.length;
    const first = await passwordStep();
    expect(first.next).toBe('totp');
    await t.deliverMail();
    expect(t.mail.mails.slice(since).filter((m) => m.to === sanne.email)).toHaveLength(0);
    const code = await totpCodeAt(secret, now);
    expect((await totpStep(first.headers, { code })).json().next).toBe('done');

    const second = await passwordStep();
    const replay = await totpStep(second.headers, { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().errors[0]).toMatchObject({ field: 'code', code: 'invalid' });
    now = new Date(now.getTime() + 30_000);
    expect((await totpStep(second.headers, { code: await totpCodeAt(secret, now) })).statusCode).toBe(200);
  });

  it('accepts each recovery code once', async () => {
    const a = await passwordStep();
    expect((await totpStep(a.headers, { recoveryCode: recovery[0]! })).statusCode).toBe(200);
    const b = await passwordStep();
    const again = await totpStep(b.headers, { recoveryCode: recovery[0]! });
    expect(again.json().errors[0]).toMatchObject({ field: 'recoveryCode', code: 'invalid' });
    expect((await totpStep(b.headers, { recoveryCode: recovery[1]!.toUpperCase() })).statusCode).toBe(200);
  });

  it('refuses both or neither of code and recovery code, and stops after five wrong codes', async () => {
    const { headers } = await passwordStep();
    expect((await totpStep(headers, {})).statusCode).toBe(400);
    expect((await totpStep(headers, { code: '123456', recoveryCode: recovery[2]! })).statusCode).toBe(400);
    const right = await totpCodeAt(secret, now);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await totpStep(headers, { code: wrongCode });
    expect((await totpStep(headers, { code: right })).json().errors[0].code).toBe('tooManyAttempts');
  });

  it('still lets the person ask for an e-mailed code instead', async () => {
    now = new Date(now.getTime() + 60_000);
    const { headers } = await passwordStep();
    const since = t.mail.mails.length;
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/email-code/resend', headers })).statusCode).toBe(204);
    const code = await mailedCode(t, sanne.email, since);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/email-code', headers, payload: { code } })).json().next).toBe('done');
  });

  it('shows in /api/me whether an app is linked, and can be unlinked so the e-mailed code is asked again', async () => {
    now = new Date(now.getTime() + 60_000);
    const pending = await passwordStep();
    const step = await totpStep(pending.headers, { code: await totpCodeAt(secret, now) });
    const session = { cookie: cookieOf(step), headers: { cookie: cookieOf(step), 'x-csrf-token': step.json().csrfToken as string } };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).json().totp).toBe(true);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/me/totp', headers: session.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).json().totp).toBe(false);
    expect((await passwordStep()).next).toBe('email-code');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { cookieOf, mailedCode, signIn } from '../../test-support/session.js';

let t: TestApp;
let now = new Date('2026-11-23T10:00:00Z');
const organisation = 'demoland';
const karin = 'karin.smit@demoland.example';

const ask = (email: string, org = organisation) => t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email, organisation: org } });
const follow = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { organisation, token } });

/** Asks for a link and returns its token from the mail that arrives. */
async function linkFor(email: string): Promise<string> {
  await t.deliverMail(); // earlier mails (sign-in codes) first, so the next one to arrive is the link
  const since = t.mail.mails.length;
  expect((await ask(email)).statusCode).toBe(202);
  await t.deliverMail();
  const mail = await t.mail.waitFor(email, since);
  expect(mail.subject).toBe('Nieuw wachtwoord instellen');
  const link = mail.text.match(/https?:\/\/\S+/)![0];
  return new URL(link).searchParams.get('token')!;
}

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('forgotten password', () => {
  it('answers the same for an unknown address, an unknown organisation and a known account, and mails only the known one', async () => {
    const since = t.mail.mails.length;
    const answers = [await ask('niemand@demoland.example'), await ask(karin, 'atlantis'), await ask('karin.smit@demoland.example')];
    expect(answers.map((a) => [a.statusCode, a.body])).toEqual([[202, '{}'], [202, '{}'], [202, '{}']]);
    await t.deliverMail();
    await t.mail.waitFor(karin, since);
    expect(t.mail.mails.slice(since).map((m) => m.to)).toEqual([karin]);
  });

  it('refuses a tampered, a used and an expired link, and names the field', async () => {
    now = new Date(now.getTime() + 2 * 60_000);
    const token = await linkFor(karin);
    const tampered = await follow(`${token.slice(0, -2)}xx`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().errors).toEqual([expect.objectContaining({ field: 'token', code: 'expired' })]);
    expect((await follow(token)).statusCode).toBe(200);
    expect((await follow(token)).statusCode).toBe(400);

    now = new Date(now.getTime() + 2 * 60_000);
    const late = await linkFor(karin);
    now = new Date(now.getTime() + 4 * 60 * 60_000 + 1000);
    expect((await follow(late)).statusCode).toBe(400);
  });

  it('ends every session, then asks the code and a new password, after which the new password works', async () => {
    const ria = 'ria.deboer@demoland.example';
    const before = await signIn(t, ria, demoPassword, organisation);
    const token = await linkFor(ria);
    const since = t.mail.mails.length;
    const followed = await follow(token);
    expect(followed.json()).toMatchObject({ next: 'email-code' });
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: before.cookie } })).statusCode).toBe(401);
    const pending = { cookie: cookieOf(followed), 'x-csrf-token': followed.json().csrfToken as string };
    const code = await mailedCode(t, ria, since);
    const afterCode = await t.app.inject({ method: 'POST', url: '/api/auth/email-code', headers: pending, payload: { code } });
    expect(afterCode.json().next).toBe('change-password');
    const session = { cookie: cookieOf(afterCode), 'x-csrf-token': afterCode.json().csrfToken as string };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    const changed = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: session, payload: { newPassword: 'een-nieuw-lang-wachtwoord' } });
    expect(changed.json().next).toBe('done');
    await signIn(t, ria, 'een-nieuw-lang-wachtwoord', organisation);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ria, password: demoPassword, organisation } })).statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn, type SignedIn } from '../../test-support/session.js';

let t: TestApp;
let now = new Date('2026-11-23T13:00:00Z');
let coach: SignedIn;
const newcomer = { kind: 'resident', firstName: 'Anouk', surname: 'Vermeulen', email: 'anouk.vermeulen@example.nl' };
const invite = (s: SignedIn, body: object) => t.app.inject({ method: 'POST', url: '/api/invitations', headers: s.headers, payload: body });

async function linkTokenFor(email: string, since: number): Promise<string> {
  await t.deliverMail();
  const mail = await t.mail.waitFor(email, since);
  return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
}
const check = (token: string) => t.app.inject({ method: 'GET', url: `/api/invitations/check?organisation=demoland&token=${token}` });
const accept = (token: string, newPassword: string) => t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { organisation: 'demoland', token, newPassword } });

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
  coach = await signIn(t, 'sanne.devries@wijkteam.demoland.example', demoPassword, 'demoland');
});
afterAll(() => t.close());

describe('invitations', () => {
  it('may not be sent by residents, relatives or providers, nor without a session', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations', payload: newcomer })).statusCode).toBe(401);
    for (const email of ['jan.deboer@demoland.example', 'ria.deboer@demoland.example', 'kees.mulder@delinde.example']) {
      const s = await signIn(t, email, demoPassword, 'demoland');
      expect((await invite(s, newcomer)).statusCode).toBe(404);
    }
  });

  it('refuse a taken e-mail address and bad input by naming the field', async () => {
    expect((await invite(coach, { ...newcomer, email: 'jan.deboer@demoland.example' })).json().errors).toEqual([
      expect.objectContaining({ field: 'email', code: 'taken', message: 'Er is al een account met dit e-mailadres.' }),
    ]);
    const bad = await invite(coach, { ...newcomer, kind: 'coach', email: 'nope' });
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'kind']);
  });

  it('mail a single-use link that makes the account with a password of the person’s choosing', async () => {
    const since = t.mail.mails.length;
    const created = await invite(coach, newcomer);
    expect(created.statusCode).toBe(201);
    expect(new Date(created.json().expiresAt).getTime() - now.getTime()).toBe(7 * 86_400_000);
    const token = await linkTokenFor(newcomer.email, since);
    const mail = t.mail.mails.slice(since).find((m) => m.to === newcomer.email)!;
    expect(mail.subject).toBe('Uitnodiging voor Samenplan van Gemeente Demoland');
    expect((await check(token)).json()).toEqual({ status: 'valid', firstName: 'Anouk' });
    expect((await check(`${token.slice(0, -3)}abc`)).json()).toEqual({ status: 'invalid', firstName: null });

    // Before accepting there is no password to sign in with.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: newcomer.email, password: 'anything-at-all-1', organisation: 'demoland' } })).statusCode).toBe(401);
    expect((await accept(token, 'anouk-vermeulen-2026')).json().errors[0]).toMatchObject({ field: 'newPassword', code: 'personal' });
    expect((await accept(token, 'zonnebloemen-in-de-tuin')).statusCode).toBe(204);
    expect((await check(token)).json().status).toBe('used');
    expect((await accept(token, 'zonnebloemen-in-de-tuin')).statusCode).toBe(400);
    const signedIn = await signIn(t, newcomer.email, 'zonnebloemen-in-de-tuin', 'demoland');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/terms', headers: { cookie: signedIn.cookie } });
    expect(me.statusCode).toBe(200); // first the terms of use, like every first sign-in
  });

  it('lets an expired link ask for a new one, which goes to the invited address', async () => {
    const since = t.mail.mails.length;
    await invite(coach, { ...newcomer, firstName: 'Bram', email: 'bram@example.nl' });
    const old = await linkTokenFor('bram@example.nl', since);
    now = new Date(now.getTime() + 8 * 86_400_000);
    expect((await check(old)).json().status).toBe('expired');
    expect((await accept(old, 'zonnebloemen-in-de-tuin')).json().errors[0]).toMatchObject({ field: 'token', code: 'expired' });
    const again = t.mail.mails.length;
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/renew', payload: { organisation: 'demoland', token: old } })).statusCode).toBe(202);
    const fresh = await linkTokenFor('bram@example.nl', again);
    expect(fresh).not.toBe(old);
    expect((await accept(fresh, 'zonnebloemen-in-de-tuin')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/api/invitations/renew', payload: { organisation: 'demoland', token: 'x'.repeat(43) } })).statusCode).toBe(202);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { auditEvents } from '../../db/schema/index.js';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { cookieOf, mailedCode, signIn } from '../../test-support/session.js';
import { createTenant } from '../../test-support/tenants.js';

let t: TestApp;
let now = new Date('2026-11-23T09:00:00Z');
const jan = { email: 'jan.deboer@demoland.example', password: demoPassword, organisation: 'demoland' };

const login = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object });
const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('login: bad input first', () => {
  it('names each missing or malformed field, in the caller’s language', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { email: 'not-an-email', organisation: '' } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.title).toBe('The data is not valid');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'invalidFormat', message: 'The format is not right.' },
        { field: 'password', code: 'required', message: 'This field is required.' },
        { field: 'organisation', code: 'tooShort', message: 'This is too short.' },
      ]),
    );
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const response = await login({ ...jan, role: 'functionalAdmin' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'role', code: 'unknown' })]);
  });

  it('answers a wrong password, an unknown e-mail and an unknown organisation identically', async () => {
    const answers = await Promise.all([
      login({ ...jan, password: 'wrong-password-123' }),
      login({ ...jan, email: 'nobody@demoland.example' }),
      login({ ...jan, organisation: 'atlantis' }),
    ]);
    for (const answer of answers) expect(answer.statusCode).toBe(401);
    expect(answers[0]!.json()).toMatchObject({ type: 'urn:samenplan:problem:invalidCredentials', title: 'E-mailadres, wachtwoord of organisatie klopt niet' });
    const bodies = answers.map((a) => withoutInstance(a.json()));
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(answers.every((a) => a.cookies.length === 0)).toBe(true);
  });

  it('takes as long for an unknown address as for a known one with a wrong password (the decoy hash): no enumeration by timing', async () => {
    // Seven known accounts and seven unknown addresses, interleaved, each from its own address so throttling stays out.
    const known = ['sanne.devries@wijkteam.demoland.example', 'daan.bakker@wijkteam.demoland.example', 'lotte.visser@wijkteam.demoland.example', 'fatima.elamrani@demoland.example', 'kees.mulder@delinde.example', 'noor.hendriks@hetanker.example', 'peter.jansen@demoland.example'];
    const timed = async (email: string, n: number) => {
      const started = performance.now();
      const answer = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'not-the-password-1234', organisation: 'demoland' }, remoteAddress: `10.9.${n}.1` });
      expect(answer.statusCode).toBe(401);
      return performance.now() - started;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (const [i, email] of known.entries()) {
      knownTimes.push(await timed(email, i));
      unknownTimes.push(await timed(`niemand${i}@demoland.example`, 100 + i));
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    // Without the decoy an unknown address would answer in a fraction of the argon2 time (a ratio far below 0.3).
    const ratio = median(unknownTimes) / median(knownTimes);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('logs a failed login of a known tenant in the audit log', async () => {
    await login({ ...jan, password: 'wrong-password-456' });
    const tenantId = (await t.app.inject({ method: 'GET', url: '/api/tenants' })) && (await t.database.owner.query.tenants.findFirst())!.id;
    const events = await inTenant(t.database.owner, tenantId, (tx) => tx.select().from(auditEvents));
    expect(events.filter((e) => e.action === 'login-failed').length).toBeGreaterThanOrEqual(1);
  });
});

describe('sessions', () => {
  it('signs in with password and e-mailed code, shows who is signed in, and sets an HttpOnly SameSite=Lax cookie', async () => {
    const since = t.mail.mails.length;
    const response = await login(jan);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ next: 'email-code' });
    const pending = cookieOf(response);
    const code = await mailedCode(t, jan.email, since);
    const step = await t.app.inject({ method: 'POST', url: '/api/auth/email-code', headers: { cookie: pending, 'x-csrf-token': response.json().csrfToken }, payload: { code } });
    expect(step.json()).toMatchObject({ next: 'done' });
    const cookie = step.cookies[0]!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookieOf(step)).not.toBe(pending);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookieOf(step) } });
    expect(me.json()).toMatchObject({ person: { firstName: 'Jan', infix: 'de', surname: 'Boer' }, activeRole: 'resident', tenant: { slug: 'demoland' } });
    expect(me.json()).not.toHaveProperty('person.bsn');
  });

  it('answers /api/me with 401 without a session or with a forged one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const { cookie } = await signIn(t, jan.email, jan.password, jan.organisation);
    const other = await createTenant(t.database, 'elders');
    const [name, value] = cookie.split('=');
    const forged = `${name}=${other.id}.${value!.split('.')[1]}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: forged } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `${cookie}x` } })).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, or with another session’s', async () => {
    const a = await signIn(t, jan.email, jan.password, jan.organisation);
    const b = await signIn(t, 'ria.deboer@demoland.example', demoPassword, 'demoland');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: a.cookie, 'x-csrf-token': b.csrfToken } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: a.cookie } })).statusCode).toBe(200);
  });

  it('ends the session at logout, and every session with everywhere=true', async () => {
    const a = await signIn(t, jan.email, jan.password, jan.organisation);
    const b = await signIn(t, jan.email, jan.password, jan.organisation);
    const c = await signIn(t, jan.email, jan.password, jan.organisation);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: a.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: a.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: b.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout?everywhere=true', headers: b.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: c.cookie } })).statusCode).toBe(401);
  });

  it('expires after 15 idle minutes, and after 12 hours however active', async () => {
    const s = await signIn(t, jan.email, jan.password, jan.organisation);
    now = new Date(now.getTime() + 14 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    now = new Date(now.getTime() + 14 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);

    const active = await signIn(t, jan.email, jan.password, jan.organisation);
    for (let hour = 0; hour < 12 * 5; hour++) {
      now = new Date(now.getTime() + 12 * 60_000);
      const status = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: active.cookie } })).statusCode;
      if (hour < 12 * 5 - 1) expect(status).toBe(200);
      else expect(status).toBe(401);
    }
  });

  it('lets a person act only in a role they hold, and renews the session when they switch', async () => {
    const s = await signIn(t, jan.email, jan.password, jan.organisation);
    const refused = await t.app.inject({ method: 'POST', url: '/api/me/role', headers: s.headers, payload: { role: 'functionalAdmin' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'role', code: 'invalid' })]);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).json().activeRole).toBe('resident');

    const lotte = await signIn(t, 'lotte.visser@wijkteam.demoland.example', demoPassword, 'demoland');
    const switched = await t.app.inject({ method: 'POST', url: '/api/me/role', headers: lotte.headers, payload: { role: 'teamSuperuser' } });
    expect(switched.statusCode).toBe(204);
    const renewed = `${switched.cookies[0]!.name}=${switched.cookies[0]!.value}`;
    expect(renewed).not.toBe(lotte.cookie);
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: renewed } })).json();
    expect(me).toMatchObject({ activeRole: 'teamSuperuser', roles: ['coach', 'teamSuperuser'] });
    expect(me.csrfToken).not.toBe(lotte.csrfToken);
  });

  it('lets a new sign-in through even when the browser still holds an old, half-finished one', async () => {
    const stale = await login(jan);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { cookie: cookieOf(stale) }, payload: jan });
    expect(again.statusCode).toBe(200);
  });

  it('tells the client in every answer with a session when it goes idle', async () => {
    const s = await signIn(t, jan.email, jan.password, jan.organisation);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } });
    expect(me.headers['x-session-idle-expires']).toBe(me.json().session.idleExpiresAt);
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).headers['x-session-idle-expires']).toBeUndefined();
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { cookieOf, mailedCode, type SignedIn } from '../../test-support/session.js';

/**
 * A person's mail language (`person.language`): set by the invitation, by a completed sign-in and by the person in
 * the app (PUT /api/me/language, own person only); the lock notice goes to the account holder in their language.
 */
let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
let now = new Date('2026-11-23T09:00:00Z');
const as: Record<string, SignedIn> = {};

const person = (key: string) => demo.people.get(key)!;
const languageOf = async (tenant: DemoTenant, personId: string) =>
  inTenant(t.database.owner, tenant.tenantId, async (tx) => (await queryRows<{ language: string }>(tx, sql`select language from person where id = ${personId}::uuid`))[0]!.language);
const languageAudits = async (personId: string) =>
  inTenant(t.database.owner, demo.tenantId, async (tx) =>
    queryRows<{ action: string; field: string | null; details: unknown }>(
      tx,
      sql`select action, field, details from audit_event where object_type = 'person' and object_id = ${personId} and field = 'language' order by occurred_at`,
    ),
  );
const put = (who: string | null, payload: unknown, extra: Record<string, string> = {}) =>
  t.app.inject({ method: 'PUT', url: '/api/me/language', headers: { ...(who ? as[who]!.headers : {}), ...extra }, payload: payload as object });

/** Password and e-mailed code through the real endpoints, in the given app language. */
async function signInIn(email: string, language: 'nl' | 'en') {
  await t.deliverMail();
  const since = t.mail.mails.length;
  const headers = { 'accept-language': language };
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { email, password: demoPassword, organisation: 'demoland' } });
  expect(first.statusCode).toBe(200);
  const code = await mailedCode(t, email, since);
  const second = await t.app.inject({ method: 'POST', url: '/api/auth/email-code', headers: { ...headers, cookie: cookieOf(first), 'x-csrf-token': first.json().csrfToken }, payload: { code } });
  expect(second.statusCode).toBe(200);
  return second;
}

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  for (const key of ['jan', 'ria', 'sanne']) as[key] = await demo.signIn(key);
});
afterAll(() => t.close());

describe('PUT /api/me/language (negative cases first)', () => {
  it('needs a session and the CSRF token, and changes nothing without them', async () => {
    expect((await put(null, { language: 'en' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'PUT', url: '/api/me/language', headers: { cookie: as['jan']!.cookie }, payload: { language: 'en' } })).statusCode).toBe(403);
    expect(await languageOf(demo, person('jan'))).toBe('nl');
  });

  it('refuses a bad value by naming `language`, and changes nothing', async () => {
    for (const payload of [{ language: 'de' }, { language: 'EN' }, { language: null }, {}]) {
      const response = await put('jan', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    }
    expect(await languageOf(demo, person('jan'))).toBe('nl');
    expect(await languageAudits(person('jan'))).toEqual([]);
  });

  it('sets only one’s own language: a resident or relative cannot name another person', async () => {
    // There is no person id in the route; one in the body is an unknown field, named and refused.
    const ria = await put('ria', { language: 'en', personId: person('jan') });
    expect(ria.statusCode).toBe(400);
    expect(ria.json().errors.map((e: { field: string }) => e.field)).toEqual(['personId']);
    const jan = await put('jan', { language: 'en', personId: person('ria') });
    expect(jan.statusCode).toBe(400);
    expect(await languageOf(demo, person('jan'))).toBe('nl');
    expect(await languageOf(demo, person('ria'))).toBe('nl');
    // No /api/people/:id/language either.
    expect((await t.app.inject({ method: 'PUT', url: `/api/people/${person('jan')}/language`, headers: as['ria']!.headers, payload: { language: 'en' } })).statusCode).toBe(404);
  });

  it('stores the caller’s own choice, audited as an update of their person with field language, and leaves the other tenant alone', async () => {
    const response = await put('ria', { language: 'en' });
    expect(response.statusCode).toBe(204);
    expect(await languageOf(demo, person('ria'))).toBe('en');
    expect(await languageOf(demo, person('jan'))).toBe('nl');
    expect(await languageOf(other, other.people.get('ria')!)).toBe('nl');
    expect(await languageAudits(person('ria'))).toEqual([{ action: 'update', field: 'language', details: { from: 'nl', to: 'en' } }]);
    // The same choice again changes and logs nothing.
    expect((await put('ria', { language: 'en' })).statusCode).toBe(204);
    expect(await languageAudits(person('ria'))).toHaveLength(1);
    expect((await put('ria', { language: 'nl' })).statusCode).toBe(204);
    expect(await languageOf(demo, person('ria'))).toBe('nl');
  });
});

describe('a completed sign-in sets the language', () => {
  it('a password that fails changes nothing; signing in in English makes English the mail language, in Dutch back again', async () => {
    const email = 'karin.smit@demoland.example';
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { email, password: 'not-the-password', organisation: 'demoland' } });
    expect(wrong.statusCode).toBe(401);
    expect(await languageOf(demo, person('karin'))).toBe('nl');
    await signInIn(email, 'en');
    expect(await languageOf(demo, person('karin'))).toBe('en');
    await signInIn(email, 'nl');
    expect(await languageOf(demo, person('karin'))).toBe('nl');
  });
});

describe('the lock notice goes to the account holder in their language', () => {
  it('Daan reads Dutch; an attacker’s English requests lock the account, and the notice is still in Dutch', async () => {
    const email = 'daan.bakker@wijkteam.demoland.example';
    const attempt = (i: number) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { email, password: 'not-the-password', organisation: 'demoland' }, remoteAddress: `10.9.0.${i}` });
    await t.deliverMail();
    const since = t.mail.mails.length;
    for (let i = 1; i <= 10; i++) {
      now = new Date(now.getTime() + 60_000);
      expect((await attempt(i)).statusCode).toBe(401);
    }
    await t.deliverMail();
    const mail = await t.mail.waitFor(email, since);
    expect(mail.subject).toBe('Inloggen tijdelijk geblokkeerd');
    expect(mail.text).toContain('Beste Daan');
    expect(await languageOf(demo, person('daan'))).toBe('nl');
    now = new Date(now.getTime() + 16 * 60_000);
  });
});

describe('an invitation sets the language', () => {
  it('a resident invited in English gets English mail from then on', async () => {
    as['sanne'] = await demo.signIn('sanne'); // the clock moved on past the idle timeout
    const since = t.mail.mails.length;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: as['sanne']!.headers,
      payload: { kind: 'resident', firstName: 'Anouk', surname: 'Vermeulen', email: 'anouk.vermeulen@example.nl', language: 'en' },
    });
    expect(created.statusCode).toBe(201);
    const id = await inTenant(t.database.owner, demo.tenantId, async (tx) =>
      (await queryRows<{ id: string; language: string }>(tx, sql`select id, language from person where email = 'anouk.vermeulen@example.nl'`))[0]!,
    );
    expect(id.language).toBe('en');
    await t.deliverMail();
    expect((await t.mail.waitFor('anouk.vermeulen@example.nl', since)).subject).toBe('Invitation to Samenplan from Gemeente Demoland');
  });
});

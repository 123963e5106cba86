import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { accounts, passkeyCredentials, tenants, tenantSettings, totpCredentials } from '../../db/schema/index.js';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { SoftAuthenticator } from '../../test-support/authenticator.js';
import { cookieOf, mailedCode, signIn, type SignedIn } from '../../test-support/session.js';
import { relyingPartyOf } from './passkeys.js';
import { totpCodeAt } from './totp.js';

/**
 * The tenant rule "professionals need an app or a passkey" (requireStrongSecondFactorForProfessionals): the
 * forgotten-password flow may not end with the e-mailed code for someone it holds who has an app or passkey, and
 * nobody it holds may remove their last app or passkey.
 */
let t: TestApp;
let tenantId: string;
let now = new Date('2026-11-23T12:00:00Z');
const organisation = 'demoland';
const emails = {
  daan: 'daan.bakker@wijkteam.demoland.example',
  fatima: 'fatima.elamrani@demoland.example',
  kees: 'kees.mulder@delinde.example',
  bram: 'bram.dewit@hetanker.example',
  jan: 'jan.deboer@demoland.example',
  karin: 'karin.smit@demoland.example',
};
type Headers = { cookie: string; 'x-csrf-token': string };
const headersOf = (response: { cookies: { name: string; value: string }[]; json: () => { csrfToken: string } }): Headers => ({
  cookie: cookieOf(response),
  'x-csrf-token': response.json().csrfToken,
});
const post = (url: string, headers: Partial<Headers>, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
const del = (url: string, headers: Headers) => t.app.inject({ method: 'DELETE', url, headers });
const get = (url: string, headers: Partial<Headers>) => t.app.inject({ method: 'GET', url, headers: { cookie: headers.cookie ?? '' } });
const origin = () => relyingPartyOf(t.app.services.config).origin;
const later = (ms = 60_000) => (now = new Date(now.getTime() + ms));

async function rule(on: boolean) {
  await inTenant(t.database.owner, tenantId, (tx) =>
    tx.insert(tenantSettings).values({ tenantId, requireStrongSecondFactorForProfessionals: on }).onConflictDoUpdate({ target: tenantSettings.tenantId, set: { requireStrongSecondFactorForProfessionals: on } }),
  );
}

/** Links an app to a fully signed-in session; returns its secret and recovery codes. */
async function linkApp(session: SignedIn) {
  const started = await post('/api/me/totp', session.headers);
  expect(started.statusCode).toBe(200);
  const secret = started.json().secret as string;
  const confirmed = await post('/api/me/totp/confirm', session.headers, { code: await totpCodeAt(secret, now) });
  expect(confirmed.statusCode).toBe(200);
  later();
  return { secret, recovery: confirmed.json().recoveryCodes as string[] };
}

async function addPasskey(headers: Headers, authenticator: SoftAuthenticator, name = 'telefoon') {
  const options = await post('/api/me/passkeys/options', headers);
  expect(options.statusCode).toBe(200);
  const made = await post('/api/me/passkeys', headers, { name, response: authenticator.register(options.json().options, origin()) });
  expect(made.statusCode).toBe(201);
  return made.json().id as string;
}

/** Asks for a reset link, follows it, and returns the answer and what was mailed to the address meanwhile. */
async function reset(email: string) {
  later(2 * 60_000);
  await t.deliverMail();
  const since = t.mail.mails.length;
  expect((await post('/api/auth/password-reset', {}, { email, organisation })).statusCode).toBe(202);
  await t.deliverMail();
  const mail = await t.mail.waitFor(email, since);
  const token = new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
  const afterLink = t.mail.mails.length;
  const followed = await post('/api/auth/password-reset/confirm', {}, { organisation, token });
  expect(followed.statusCode).toBe(200);
  await t.deliverMail();
  const mailedAfter = () => t.mail.mails.slice(afterLink).filter((m) => m.to === email);
  return { answer: followed.json() as { next: string; methods?: string[] }, headers: headersOf(followed), mailedAfter, since: afterLink };
}

async function totpRows(accountEmail: string) {
  return inTenant(t.database.owner, tenantId, (tx) =>
    tx.select({ id: totpCredentials.id }).from(totpCredentials).innerJoin(accounts, eq(accounts.id, totpCredentials.accountId)).where(eq(accounts.email, accountEmail)),
  );
}

let daan: { secret: string; recovery: string[] };
const fatimaKey = new SoftAuthenticator();

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
  const [row] = await t.database.owner.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, organisation));
  tenantId = row!.id;
  // Before the rule: Daan links an app, Fatima makes a passkey, Bram does both; Kees has neither.
  daan = await linkApp(await signIn(t, emails.daan, demoPassword, organisation));
  const fatima = await signIn(t, emails.fatima, demoPassword, organisation);
  await addPasskey(fatima.headers, fatimaKey);
  await rule(true);
});
afterAll(() => t.close());

describe('forgotten password under the rule "professionals need an app or a passkey"', () => {
  it('a professional with an app: the reset asks the app, never mails a code, and refuses the e-mailed-code endpoints', async () => {
    const { answer, headers, mailedAfter } = await reset(emails.daan);
    expect(answer.next).toBe('totp');
    expect(answer.methods).toEqual(['totp']);
    expect(mailedAfter()).toHaveLength(0);
    // No code was sent, none may be asked for, and whatever is typed is refused.
    expect((await post('/api/auth/email-code/resend', headers)).statusCode).toBe(403);
    expect((await post('/api/auth/email-code', headers, { code: '123456' })).statusCode).toBe(403);
    await t.deliverMail();
    expect(mailedAfter()).toHaveLength(0);
    expect((await get('/api/me', headers)).statusCode).toBe(401);
    expect((await post('/api/auth/password', headers, { newPassword: 'een-nieuw-lang-wachtwoord-1' })).statusCode).toBe(401);

    const step = await post('/api/auth/totp', headers, { code: await totpCodeAt(daan.secret, now) });
    expect(step.statusCode).toBe(200);
    expect(step.json().next).toBe('change-password');
    const changed = await post('/api/auth/password', headersOf(step), { newPassword: 'een-nieuw-lang-wachtwoord-1' });
    expect(changed.json().next).toBe('done');
    later();
  });

  it('a professional with an app may also use a recovery code', async () => {
    const { answer, headers } = await reset(emails.daan);
    expect(answer.next).toBe('totp');
    const step = await post('/api/auth/totp', headers, { recoveryCode: daan.recovery[0]! });
    expect(step.json().next).toBe('change-password');
    expect((await post('/api/auth/password', headersOf(step), { newPassword: 'een-nieuw-lang-wachtwoord-4' })).json().next).toBe('done');
  });

  it('a professional with a passkey: the reset asks the passkey and never the e-mailed code', async () => {
    const { answer, headers, mailedAfter } = await reset(emails.fatima);
    expect(answer).toMatchObject({ next: 'passkey', methods: ['passkey'] });
    expect(mailedAfter()).toHaveLength(0);
    expect((await post('/api/auth/email-code', headers, { code: '123456' })).statusCode).toBe(403);
    const options = await post('/api/auth/passkey/options', headers);
    const step = await post('/api/auth/passkey', headers, { response: fatimaKey.assert(options.json().options, origin()) });
    expect(step.statusCode).toBe(200);
    expect(step.json().next).toBe('change-password');
    expect((await post('/api/auth/password', headersOf(step), { newPassword: 'een-nieuw-lang-wachtwoord-5' })).json().next).toBe('done');
  });

  it('a professional with neither: the code, a new password, and then the gate to link an app or passkey', async () => {
    const { answer, headers, since } = await reset(emails.kees);
    expect(answer).toMatchObject({ next: 'email-code', methods: ['email-code'] });
    const code = await mailedCode(t, emails.kees, since);
    const step = await post('/api/auth/email-code', headers, { code });
    expect(step.json().next).toBe('change-password');
    const changed = await post('/api/auth/password', headersOf(step), { newPassword: 'een-nieuw-lang-wachtwoord-2' });
    expect(changed.json().next).toBe('enrol-second-factor');
    expect((await get('/api/me', headersOf(changed))).statusCode).toBe(401);
  });

  it('a resident: unchanged, the e-mailed code and a new password (also with an app)', async () => {
    await linkApp(await signIn(t, emails.jan, demoPassword, organisation));
    const { answer, headers, since } = await reset(emails.jan);
    expect(answer).toMatchObject({ next: 'email-code', methods: ['email-code'] });
    const code = await mailedCode(t, emails.jan, since);
    const step = await post('/api/auth/email-code', headers, { code });
    expect(step.json().next).toBe('change-password');
    expect((await post('/api/auth/password', headersOf(step), { newPassword: 'een-nieuw-lang-wachtwoord-3' })).json().next).toBe('done');
  });
});

describe('the last app or passkey of a professional held by the rule', () => {
  async function signInWithApp(email: string, secret: string, password: string) {
    later();
    const first = await post('/api/auth/login', {}, { email, password, organisation });
    expect(first.json().next).toBe('totp');
    const step = await post('/api/auth/totp', headersOf(first), { code: await totpCodeAt(secret, now) });
    expect(step.json().next).toBe('done');
    return headersOf(step);
  }

  it('refuses to unlink the only app with 409 and a translated reason, and keeps it', async () => {
    const headers = await signInWithApp(emails.daan, daan.secret, 'een-nieuw-lang-wachtwoord-4');
    expect((await get('/api/me', headers)).json()).toMatchObject({ totp: true, policies: [] });
    const refused = await del('/api/me/totp', headers);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().title).toBe('Dit is uw laatste app of passkey');
    const english = await t.app.inject({ method: 'DELETE', url: '/api/me/totp', headers: { ...headers, 'accept-language': 'en' } });
    expect(english.json().title).toBe('This is your last app or passkey');
    expect(await totpRows(emails.daan)).toHaveLength(1);
  });

  it('refuses to remove the only passkey, says so in its policies, and keeps it', async () => {
    const headers = await passkeyOnly();
    const listed = await get('/api/me/passkeys', headers);
    expect(listed.json().items).toEqual([expect.objectContaining({ policies: ['read'] })]);
    const id = listed.json().items[0].id as string;
    const refused = await del(`/api/me/passkeys/${id}`, headers);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe('Dit is uw laatste app of passkey');
    const rows = await inTenant(t.database.owner, tenantId, (tx) => tx.select().from(passkeyCredentials).where(eq(passkeyCredentials.id, id)));
    expect(rows).toHaveLength(1);
  });

  it('with an app and a passkey, removing one is fine, the other then is the last', async () => {
    // Bram: signs in with the code (no factor yet: the gate), links an app there, then adds a passkey.
    later();
    const since = t.mail.mails.length;
    const first = await post('/api/auth/login', {}, { email: emails.bram, password: demoPassword, organisation });
    const code = await mailedCode(t, emails.bram, since);
    const gate = await post('/api/auth/email-code', headersOf(first), { code });
    expect(gate.json().next).toBe('enrol-second-factor');
    const bram = headersOf(gate);
    const started = await post('/api/me/totp', bram);
    expect((await post('/api/me/totp/confirm', bram, { code: await totpCodeAt(started.json().secret, now) })).statusCode).toBe(200);
    const passkeyId = await addPasskey(bram, new SoftAuthenticator());
    expect((await get('/api/me', bram)).json().policies).toEqual(['removeTotp']);
    expect((await get('/api/me/passkeys', bram)).json().items[0].policies).toEqual(['read', 'remove']);
    expect((await del('/api/me/totp', bram)).statusCode).toBe(204);
    expect((await get('/api/me/passkeys', bram)).json().items[0].policies).toEqual(['read']);
    expect((await del(`/api/me/passkeys/${passkeyId}`, bram)).statusCode).toBe(409);
  });

  it('leaves residents, and professionals when the rule is off, free to remove their app', async () => {
    const karin = await signIn(t, emails.karin, demoPassword, organisation);
    await linkApp(karin);
    expect((await get('/api/me', karin.headers)).json().policies).toEqual(['removeTotp']);
    expect((await del('/api/me/totp', karin.headers)).statusCode).toBe(204);

    await rule(false);
    const headers = await signInWithApp(emails.daan, daan.secret, 'een-nieuw-lang-wachtwoord-4');
    expect((await get('/api/me', headers)).json().policies).toEqual(['removeTotp']);
    expect((await del('/api/me/totp', headers)).statusCode).toBe(204);
    await rule(true);
  });
});

/** Fatima signs in with her passkey alone. */
async function passkeyOnly(): Promise<Headers> {
  const options = await post('/api/auth/passkey-sign-in/options', {}, { organisation });
  const answer = await post('/api/auth/passkey-sign-in', {}, { organisation, response: fatimaKey.assert(options.json().options, origin()) });
  expect(answer.json().next).toBe('done');
  return headersOf(answer);
}

describe('the tenant’s password length reaches the sign-in pages', () => {
  it('is in the public organisation list, and follows the setting', async () => {
    const listed = async () => (await t.app.inject({ method: 'GET', url: '/api/tenants' })).json().items.find((i: { slug: string }) => i.slug === organisation);
    expect((await listed()).passwordMinLength).toBe(12);
    await inTenant(t.database.owner, tenantId, (tx) => tx.update(tenantSettings).set({ passwordMinLength: 16 }).where(eq(tenantSettings.tenantId, tenantId)));
    expect((await listed()).passwordMinLength).toBe(16);
  });
});

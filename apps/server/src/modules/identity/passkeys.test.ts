import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoBase64URL, isoUint8Array } from '@simplewebauthn/server/helpers';
import { demoPassword } from '../../demo/demo-tenant.js';
import { passkeyCredentials, tenantSettings } from '../../db/schema/index.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { SoftAuthenticator } from '../../test-support/authenticator.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { cookieOf, mailedCode } from '../../test-support/session.js';
import { relyingPartyOf } from './passkeys.js';
import { totpCodeAt } from './totp.js';

let t: TestApp;
let demo: DemoTenant;
let elders: DemoTenant;
let now = new Date('2026-11-23T11:00:00Z');
const emails = {
  sanne: 'sanne.devries@wijkteam.demoland.example',
  daan: 'daan.bakker@wijkteam.demoland.example',
  fatima: 'fatima.elamrani@demoland.example',
  kees: 'kees.mulder@delinde.example',
  lotte: 'lotte.visser@wijkteam.demoland.example',
  jan: 'jan.deboer@demoland.example',
  mohamed: 'mohamed.yilmaz@demoland.example',
};
type Headers = { cookie: string; 'x-csrf-token': string };

const origin = () => relyingPartyOf(t.app.services.config).origin;
const post = (url: string, headers: Partial<Headers>, payload?: object, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}), ...(remoteAddress ? { remoteAddress } : {}) });
const get = (url: string, headers: Partial<Headers>) => t.app.inject({ method: 'GET', url, headers: { cookie: headers.cookie ?? '' } });
const headersOf = (response: { cookies: { name: string; value: string }[]; json: () => { csrfToken: string } }): Headers => ({
  cookie: cookieOf(response),
  'x-csrf-token': response.json().csrfToken,
});

async function settings(tenantId: string, values: Partial<typeof tenantSettings.$inferInsert>) {
  await inTenant(t.database.owner, tenantId, (tx) =>
    tx.insert(tenantSettings).values({ tenantId, ...values }).onConflictDoUpdate({ target: tenantSettings.tenantId, set: values }),
  );
}

async function passwordStep(email: string, organisation = 'demoland') {
  await t.deliverMail();
  const response = await post('/api/auth/login', {}, { email, password: demoPassword, organisation });
  expect(response.statusCode).toBe(200);
  return { next: response.json().next as string, methods: response.json().methods as string[], headers: headersOf(response) };
}

/** Password and e-mailed code: what a person without app or passkey does. */
async function withCode(email: string) {
  await t.deliverMail();
  const since = t.mail.mails.length;
  const first = await passwordStep(email);
  const code = await mailedCode(t, email, since);
  const second = await post('/api/auth/email-code', first.headers, { code });
  expect(second.statusCode).toBe(200);
  return { next: second.json().next as string, headers: headersOf(second) };
}

async function enrol(headers: Headers, authenticator: SoftAuthenticator, name = 'telefoon', from = origin()) {
  const options = await post('/api/me/passkeys/options', headers);
  expect(options.statusCode).toBe(200);
  return post('/api/me/passkeys', headers, { name, response: authenticator.register(options.json().options, from) });
}

async function passkeyStep(headers: Headers, authenticator: SoftAuthenticator, overrides: { counter?: number; origin?: string } = {}) {
  const options = await post('/api/auth/passkey/options', headers);
  expect(options.statusCode).toBe(200);
  return post('/api/auth/passkey', headers, { response: authenticator.assert(options.json().options, overrides.origin ?? origin(), overrides) });
}

let client = 0;
/** Sign-in without password; each from its own client address unless given, so refusals do not delay later tests. */
async function passwordless(authenticator: SoftAuthenticator, overrides: { counter?: number; origin?: string; organisation?: string; remoteAddress?: string } = {}) {
  const organisation = overrides.organisation ?? 'demoland';
  const remoteAddress = overrides.remoteAddress ?? `10.0.0.${++client}`;
  const options = await post('/api/auth/passkey-sign-in/options', {}, { organisation }, remoteAddress);
  expect(options.statusCode).toBe(200);
  expect(options.json().options.allowCredentials ?? []).toEqual([]);
  const response = authenticator.assert(options.json().options, overrides.origin ?? origin(), overrides);
  return { options: options.json().options, answer: await post('/api/auth/passkey-sign-in', {}, { organisation, response }, remoteAddress) };
}

async function passkeyRows(tenantId = demo.tenantId) {
  return inTenant(t.database.owner, tenantId, (tx) => tx.select().from(passkeyCredentials));
}

async function auditOf(objectType: string, action?: string) {
  return inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<{ action: string; object_id: string | null; details: Record<string, unknown> | null }>(
      tx,
      sql`select action, object_id, details from audit_event where object_type = ${objectType} ${action ? sql`and action = ${action}` : sql``} order by occurred_at`,
    ),
  );
}

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  demo = await seedDemo(t);
  elders = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
});
afterAll(() => t.close());

const sanneKey = new SoftAuthenticator();

describe('passkeys: enrolment', () => {
  it('needs a full sign-in', async () => {
    expect((await post('/api/me/passkeys/options', {})).statusCode).toBe(401);
    expect((await get('/api/me/passkeys', {})).statusCode).toBe(401);
    const { headers } = await passwordStep(emails.sanne);
    expect((await post('/api/me/passkeys/options', headers)).statusCode).toBe(401);
    expect((await get('/api/me/passkeys', headers)).statusCode).toBe(401);
  });

  it('refuses a missing name or a malformed answer by naming the field, and stores nothing', async () => {
    const { headers } = await withCode(emails.sanne);
    const options = (await post('/api/me/passkeys/options', headers)).json().options;
    const response = new SoftAuthenticator().register(options, origin());
    const noName = await post('/api/me/passkeys', headers, { name: '  ', response });
    expect(noName.statusCode).toBe(400);
    expect(noName.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noName.json().errors.map((e: { field: string }) => e.field)).toContain('name');
    const broken = await post('/api/me/passkeys', headers, { name: 'telefoon', response: { ...response, response: { clientDataJSON: 'not base64url!' } } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].field).toMatch(/^response/);
    expect(await passkeyRows()).toHaveLength(0);
  });

  it('refuses an answer made for another origin, and a challenge used before (replay)', async () => {
    const { headers } = await withCode(emails.sanne);
    const options = (await post('/api/me/passkeys/options', headers)).json().options;
    expect(options).toMatchObject({ rp: { id: 'localhost', name: 'Samenplan' }, authenticatorSelection: { userVerification: 'preferred' } });
    const phished = await post('/api/me/passkeys', headers, { name: 'telefoon', response: new SoftAuthenticator().register(options, 'https://samenplan.evil.example') });
    expect(phished.statusCode).toBe(400);
    expect(phished.json().errors[0]).toMatchObject({ field: 'response', code: 'invalid' });
    // The challenge is spent: the right origin with the same challenge is refused too.
    const replay = await post('/api/me/passkeys', headers, { name: 'telefoon', response: new SoftAuthenticator().register(options, origin()) });
    expect(replay.json().errors[0]).toMatchObject({ field: 'response', code: 'expired' });
    expect(await passkeyRows()).toHaveLength(0);
  });

  it('refuses a challenge older than 5 minutes', async () => {
    const { headers } = await withCode(emails.sanne);
    const options = (await post('/api/me/passkeys/options', headers)).json().options;
    now = new Date(now.getTime() + 5 * 60_000 + 1000);
    const late = await post('/api/me/passkeys', headers, { name: 'telefoon', response: new SoftAuthenticator().register(options, origin()) });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0]).toMatchObject({ field: 'response', code: 'expired' });
    expect(await passkeyRows()).toHaveLength(0);
  });

  it('stores a passkey under its name, lists it, audits it, and leaves it out of the next options', async () => {
    const { headers } = await withCode(emails.sanne);
    const made = await enrol(headers, sanneKey);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ name: 'telefoon', lastUsedAt: null, policies: ['read', 'remove'] });
    const list = await get('/api/me/passkeys', headers);
    expect(list.json().items).toEqual([made.json()]);
    const [row] = await passkeyRows();
    expect(row).toMatchObject({ credentialId: sanneKey.id, signCount: 0, transports: ['internal'], name: 'telefoon' });
    expect(await auditOf('passkeyCredential', 'create')).toEqual([expect.objectContaining({ object_id: row!.id })]);
    const next = (await post('/api/me/passkeys/options', headers)).json().options;
    expect(next.excludeCredentials).toEqual([expect.objectContaining({ id: sanneKey.id })]);
    expect(isoUint8Array.toUTF8String(isoBase64URL.toBuffer(next.user.id))).toBe(row!.accountId);
    // The same authenticator cannot be added twice.
    const again = await post('/api/me/passkeys', headers, { name: 'nog eens', response: sanneKey.register(next, origin()) });
    expect(again.json().errors[0]).toMatchObject({ field: 'response', code: 'taken' });
    expect(await passkeyRows()).toHaveLength(1);
  });
});

describe('passkeys: second step after the password', () => {
  it('is offered instead of the e-mailed code, which stays available on request', async () => {
    const since = t.mail.mails.length;
    const { next, methods, headers } = await passwordStep(emails.sanne);
    expect(next).toBe('passkey');
    expect(methods).toEqual(['passkey', 'email-code']);
    await t.deliverMail();
    expect(t.mail.mails.slice(since).filter((m) => m.to === emails.sanne)).toHaveLength(0);
    expect((await post('/api/auth/email-code/resend', headers)).statusCode).toBe(204);
  });

  it('refuses an assertion for another origin, a replayed challenge and a counter that did not go up', async () => {
    const wrongOrigin = await passkeyStep((await passwordStep(emails.sanne)).headers, sanneKey, { origin: 'https://samenplan.evil.example' });
    expect(wrongOrigin.statusCode).toBe(400);
    expect(wrongOrigin.json().errors[0]).toMatchObject({ field: 'response', code: 'invalid' });

    const { headers } = await passwordStep(emails.sanne);
    const options = (await post('/api/auth/passkey/options', headers)).json().options;
    const response = sanneKey.assert(options, origin());
    expect((await post('/api/auth/passkey', headers, { response })).statusCode).toBe(200);
    const second = await passwordStep(emails.sanne);
    const replay = await post('/api/auth/passkey', second.headers, { response });
    expect(replay.json().errors[0]).toMatchObject({ field: 'response', code: 'invalid' });

    const cloned = await passkeyStep(second.headers, sanneKey, { counter: sanneKey.counter });
    expect(cloned.statusCode).toBe(400);
    expect(cloned.json().errors[0]).toMatchObject({ field: 'response', code: 'invalid' });
    expect((await get('/api/me', second.headers)).statusCode).toBe(401);
  });

  it('refuses another account’s passkey', async () => {
    const { headers } = await passwordStep(emails.daan);
    expect((await post('/api/auth/passkey/options', headers)).statusCode).toBe(404);
    const options = { challenge: isoBase64URL.fromBuffer(new Uint8Array(32)), rpId: 'localhost' };
    const foreign = await post('/api/auth/passkey', headers, { response: sanneKey.assert(options, origin()) });
    expect(foreign.json().errors[0]).toMatchObject({ field: 'response', code: 'invalid' });
  });

  it('signs in with the passkey, keeps the new count and when it was used, and audits it', async () => {
    const { headers } = await passwordStep(emails.sanne);
    const answer = await passkeyStep(headers, sanneKey);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().next).toBe('done');
    const session = headersOf(answer);
    expect((await get('/api/me', session)).json()).toMatchObject({ person: { firstName: 'Sanne' }, passkeys: true });
    const [row] = await passkeyRows();
    expect(row!.signCount).toBe(sanneKey.counter);
    expect(row!.lastUsedAt).toEqual(now);
    const logins = await auditOf('account', 'login');
    expect(logins.at(-1)!.details).toMatchObject({ step: 'passkey', passkey: row!.id });
  });

  it('locks the step after five refused assertions, like wrong codes', async () => {
    const { headers } = await passwordStep(emails.sanne);
    for (let i = 0; i < 5; i++) await passkeyStep(headers, sanneKey, { counter: 0 });
    const locked = await passkeyStep(headers, sanneKey);
    expect(locked.json().errors[0]).toMatchObject({ field: 'response', code: 'tooManyAttempts' });
  });
});

describe('passkeys: sign in without password', () => {
  it('refuses an unknown passkey and another organisation’s passkey with the same answer', async () => {
    const unknown = await passwordless(new SoftAuthenticator());
    expect(unknown.answer.statusCode).toBe(400);
    // Sanne's passkey is registered at Demoland; at Elders it is nobody's.
    const otherTenant = await passwordless(sanneKey, { organisation: 'elders', counter: sanneKey.counter + 1 });
    expect(otherTenant.answer.statusCode).toBe(400);
    const { instance: _a, ...otherBody } = otherTenant.answer.json();
    const { instance: _b, ...unknownBody } = unknown.answer.json();
    expect(otherBody).toEqual(unknownBody);
    expect(unknown.answer.json().errors).toEqual([expect.objectContaining({ field: 'response', code: 'invalid' })]);
    expect(await passkeyRows(elders.tenantId)).toHaveLength(0);
  });

  it('refuses a wrong origin, a replayed challenge, a counter that did not go up and a passkey that did not verify the user', async () => {
    expect((await passwordless(sanneKey, { origin: 'https://samenplan.evil.example' })).answer.statusCode).toBe(400);
    const good = await passwordless(sanneKey);
    expect(good.answer.statusCode).toBe(200);
    const replay = await post('/api/auth/passkey-sign-in', {}, { organisation: 'demoland', response: sanneKey.assert(good.options, origin()) });
    expect(replay.statusCode).toBe(400);
    const stored = (await passkeyRows()).find((r) => r.credentialId === sanneKey.id)!.signCount;
    expect((await passwordless(sanneKey, { counter: stored })).answer.statusCode).toBe(400);
    // A passkey that skipped PIN or fingerprint is one factor: not enough without the password.
    const { headers } = await withCode(emails.daan);
    const careless = new SoftAuthenticator({ userVerified: false });
    expect((await enrol(headers, careless, 'sleutel')).statusCode).toBe(201);
    expect((await passwordless(careless)).answer.statusCode).toBe(400);
  });

  it('signs in with the passkey alone: the passkey names the account; audited', async () => {
    const { answer } = await passwordless(sanneKey);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().next).toBe('done');
    expect((await get('/api/me', headersOf(answer))).json().person.firstName).toBe('Sanne');
    expect((await auditOf('account', 'login')).at(-1)!.details).toMatchObject({ step: 'passkey', passwordless: true });
  });

  it('still asks for a new password and the terms at first sign-in', async () => {
    const key = new SoftAuthenticator();
    await inTenant(t.database.owner, demo.tenantId, async (tx) => {
      const [account] = await queryRows<{ id: string }>(tx, sql`select id from account where email = ${emails.mohamed}`);
      key.holdFor(isoBase64URL.fromBuffer(isoUint8Array.fromUTF8String(account!.id)));
      await tx.insert(passkeyCredentials).values({ tenantId: demo.tenantId, accountId: account!.id, credentialId: key.id, publicKey: key.publicKeyBase64url, name: 'telefoon' });
    });
    const { answer } = await passwordless(key);
    expect(answer.json().next).toBe('change-password');
    expect((await get('/api/me', headersOf(answer))).statusCode).toBe(401);
    expect((await get('/api/accounts', headersOf(answer))).statusCode).toBe(401);
  });

  it('counts refused passkeys as failed sign-ins of the client address and locks it out', async () => {
    const remoteAddress = '10.9.9.9';
    const stranger = new SoftAuthenticator();
    for (let i = 0; i < 10; i++) await passwordless(stranger, { remoteAddress });
    const locked = await passwordless(sanneKey, { remoteAddress });
    expect(locked.answer.statusCode).toBe(429);
    expect(Number(locked.answer.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('passkeys: removing', () => {
  it('answers 404 for someone else’s passkey and 400 for a malformed id, and removes one’s own (audited)', async () => {
    const lotte = await withCode(emails.lotte);
    const [sannes] = (await passkeyRows()).filter((r) => r.credentialId === sanneKey.id);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/me/passkeys/${sannes!.id}`, headers: lotte.headers })).statusCode).toBe(404);
    const malformed = await t.app.inject({ method: 'DELETE', url: '/api/me/passkeys/x', headers: lotte.headers });
    expect(malformed.statusCode).toBe(400);
    expect((await passkeyRows()).some((r) => r.id === sannes!.id)).toBe(true);

    const sanne = await passkeyStep((await passwordStep(emails.sanne)).headers, sanneKey);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/me/passkeys/${sannes!.id}`, headers: headersOf(sanne) });
    expect(removed.statusCode).toBe(204);
    expect((await passkeyRows()).some((r) => r.id === sannes!.id)).toBe(false);
    expect(await auditOf('passkeyCredential', 'delete')).toEqual([expect.objectContaining({ object_id: sannes!.id })]);
    expect((await passwordStep(emails.sanne)).next).toBe('email-code');
    expect((await passwordless(sanneKey)).answer.statusCode).toBe(400);
  });
});

describe('tenant rule: professionals need an app or a passkey', () => {
  beforeAll(() => settings(demo.tenantId, { requireStrongSecondFactorForProfessionals: true }));
  afterAll(() => settings(demo.tenantId, { requireStrongSecondFactorForProfessionals: false }));

  it('stops a professional without app or passkey after the code, and lets only enrolment through', async () => {
    const { next, headers } = await withCode(emails.fatima);
    expect(next).toBe('enrol-second-factor');
    expect((await get('/api/me', headers)).statusCode).toBe(401);
    expect((await get('/api/accounts', headers)).statusCode).toBe(401);
    expect((await get('/api/me/sessions', headers)).statusCode).toBe(401);
    expect((await post('/api/auth/password', headers, { currentPassword: demoPassword, newPassword: 'een-heel-lange-nieuwe-zin' })).statusCode).toBe(401);
    expect((await get('/api/me/passkeys', headers)).json().items).toEqual([]);
    const made = await enrol(headers, new SoftAuthenticator());
    expect(made.statusCode).toBe(201);
    expect((await get('/api/me', headers)).json().person.firstName).toBe('Fatima');
  });

  it('then asks for the passkey and no longer offers the e-mailed code', async () => {
    const since = t.mail.mails.length;
    const { next, methods, headers } = await passwordStep(emails.fatima);
    expect(next).toBe('passkey');
    expect(methods).toEqual(['passkey']);
    expect((await post('/api/auth/email-code/resend', headers)).statusCode).toBe(403);
    await t.deliverMail();
    expect(t.mail.mails.slice(since).filter((m) => m.to === emails.fatima)).toHaveLength(0);
  });

  it('holds a professional already signed in, who may link an app instead', async () => {
    const kees = await withCode(emails.kees);
    expect(kees.next).toBe('enrol-second-factor');
    const started = await post('/api/me/totp', kees.headers);
    expect(started.statusCode).toBe(200);
    expect((await get('/api/me', kees.headers)).statusCode).toBe(401);
    const confirmed = await post('/api/me/totp/confirm', kees.headers, { code: await totpCodeAt(started.json().secret, now) });
    expect(confirmed.statusCode).toBe(200);
    expect((await get('/api/me', kees.headers)).statusCode).toBe(200);
    expect((await passwordStep(emails.kees)).methods).toEqual(['totp']);
  });

  it('leaves residents alone', async () => {
    const { next, headers } = await withCode(emails.jan);
    expect(next).toBe('done');
    expect((await get('/api/me', headers)).statusCode).toBe(200);
  });
});

describe('passkeys switched off by the organisation', () => {
  beforeAll(() => settings(demo.tenantId, { passkeysEnabled: false }));
  afterAll(() => settings(demo.tenantId, { passkeysEnabled: true, requireStrongSecondFactorForProfessionals: false }));

  it('answers 404 on every passkey endpoint and does not offer the passkey after the password', async () => {
    const tenants = (await t.app.inject({ method: 'GET', url: '/api/tenants' })).json().items;
    expect(tenants).toEqual(expect.arrayContaining([expect.objectContaining({ slug: 'demoland', passkeys: false }), expect.objectContaining({ slug: 'elders', passkeys: true })]));
    expect((await post('/api/auth/passkey-sign-in/options', {}, { organisation: 'demoland' })).statusCode).toBe(404);
    const fatima = await passwordStep(emails.fatima);
    expect(fatima.next).toBe('email-code');
    expect(fatima.methods).toEqual(['email-code']);
    expect((await post('/api/auth/passkey/options', fatima.headers)).statusCode).toBe(404);
    const { headers } = await withCode(emails.daan);
    expect((await get('/api/me', headers)).json().passkeys).toBe(false);
    expect((await get('/api/me/passkeys', headers)).statusCode).toBe(404);
    expect((await post('/api/me/passkeys/options', headers)).statusCode).toBe(404);
  });

  it('with the rule on, a professional whose only strong factor is a passkey must link an app', async () => {
    await settings(demo.tenantId, { requireStrongSecondFactorForProfessionals: true });
    const { next } = await withCode(emails.fatima);
    expect(next).toBe('enrol-second-factor');
    const [row] = await inTenant(t.database.owner, demo.tenantId, (tx) => tx.select().from(tenantSettings).where(eq(tenantSettings.tenantId, demo.tenantId)));
    expect(row).toMatchObject({ passkeysEnabled: false, requireStrongSecondFactorForProfessionals: true });
  });
});

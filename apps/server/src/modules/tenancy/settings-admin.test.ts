import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let peter: SignedIn;
let sanne: SignedIn;
let olga: SignedIn;
const read = (s: SignedIn) => t.app.inject({ method: 'GET', url: '/api/tenant/settings', headers: { cookie: s.cookie } });
const write = (s: SignedIn, body: object) => t.app.inject({ method: 'PUT', url: '/api/tenant/settings', headers: s.headers, payload: body });
const editable = (body: Record<string, unknown>): Record<string, unknown> => {
  const { updatedAt: _updatedAt, policies: _policies, ...rest } = body;
  return rest;
};

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  const elders = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  peter = await demo.signIn('peter');
  sanne = await demo.signIn('sanne');
  olga = await elders.signIn('peter');
});
afterAll(() => t.close());

describe('sign-in settings of /werk/beheer (password length, passkeys, strong second factor)', () => {
  it('are shown to the administrator with the other settings', async () => {
    const body = (await read(peter)).json();
    expect(body).toMatchObject({ passwordMinLength: 12, passkeysEnabled: true, requireStrongSecondFactorForProfessionals: false, policies: ['read', 'update'] });
    expect((await read(sanne)).statusCode).toBe(404);
  });

  it('refuse a length outside 12–128 and a coach, and change nothing', async () => {
    const current = editable((await read(peter)).json());
    const bad = await write(peter, { ...current, passwordMinLength: 8, passkeysEnabled: 'ja' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['passkeysEnabled', 'passwordMinLength']);
    expect((await write(peter, { ...current, passwordMinLength: 129 })).statusCode).toBe(400);
    expect((await write(sanne, { ...current, passwordMinLength: 14 })).statusCode).toBe(404);
    expect((await read(peter)).json()).toMatchObject({ passwordMinLength: 12, version: current.version });
  });

  it('are changed per tenant, 409 with the current values when stale, each change audited', async () => {
    const current = editable((await read(peter)).json());
    const saved = await write(peter, { ...current, passwordMinLength: 16, passkeysEnabled: false });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ passwordMinLength: 16, passkeysEnabled: false, requireStrongSecondFactorForProfessionals: false, version: (current.version as number) + 1 });
    const stale = await write(peter, { ...current, passwordMinLength: 20 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ passwordMinLength: 16 });
    // A client that leaves the new fields out keeps them as they are.
    const { passwordMinLength: _a, passkeysEnabled: _b, requireStrongSecondFactorForProfessionals: _c, ...older } = editable(saved.json());
    expect((await write(peter, { ...older, idleTimeoutMinutes: 20 })).json()).toMatchObject({ idleTimeoutMinutes: 20, passwordMinLength: 16 });
    expect((await read(olga)).json()).toMatchObject({ passwordMinLength: 12, passkeysEnabled: true });
    const fields = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ field: string }>(tx, sql`select field from audit_event where object_type = 'tenantSettings' order by field`),
    );
    expect(fields.map((f) => f.field)).toEqual(['idleTimeoutMinutes', 'passkeysEnabled', 'passwordMinLength']);
  });

  it('the tenant’s password length applies when changing a password, and the message names it', async () => {
    // Demoland asks 16 characters now (previous test).
    const fatima = await demo.signIn('fatima');
    const change = (newPassword: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { ...fatima.headers, 'accept-language': 'nl' }, payload: { currentPassword: demoPassword, newPassword } });
    const short = await change('Fietsbel-rood-9');
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: 'newPassword', code: 'tooShort', message: 'Gebruik minstens 16 tekens.' }]);
    const empty = await change('');
    expect(empty.json().errors[0].message).toBe('Dit is te kort.');
  });
});

describe('requiring an app or passkey of professionals', () => {
  it('is stored and shown; from then on a professional without one must enrol first (enforced at sign-in)', async () => {
    const admin = await demo.signIn('peter');
    const current = editable((await read(admin)).json());
    const saved = await write(admin, { ...current, requireStrongSecondFactorForProfessionals: true });
    expect(saved.json()).toMatchObject({ requireStrongSecondFactorForProfessionals: true });
    // Peter has neither: his next request is held at the enrolment gate.
    expect((await read(admin)).statusCode).toBe(401);
    // Back as it was, for the tests below (Peter himself could only after enrolling).
    await inTenant(t.database.owner, demo.tenantId, (tx) => tx.execute(sql`update tenant_settings set require_strong_second_factor_for_professionals = false`));
    expect((await read(admin)).statusCode).toBe(200);
  });
});

describe('terms of use in /werk/beheer', () => {
  it('show the current version and when it was published, only to the administrator', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/tenant/terms', headers: { cookie: sanne.cookie } })).statusCode).toBe(404);
    const terms = (await t.app.inject({ method: 'GET', url: '/api/tenant/terms', headers: { cookie: peter.cookie } })).json();
    expect(terms).toMatchObject({ version: 1, policies: ['read', 'update'] });
    expect(terms.bodyNl.length).toBeGreaterThan(20);
    expect(Date.parse(terms.publishedAt)).not.toBeNaN();
  });

  it('publish a new version in Dutch and English; bad input names the field and publishes nothing', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/tenant/terms', headers: peter.headers, payload: { bodyNl: 'Nieuwe voorwaarden voor iedereen.', bodyEn: 'short' } });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['bodyEn']);
    const published = await t.app.inject({ method: 'POST', url: '/api/tenant/terms', headers: peter.headers, payload: { bodyNl: 'Nieuwe voorwaarden voor iedereen.', bodyEn: 'New terms of use for everyone.' } });
    expect(published.json()).toEqual({ version: 2 });
    // Peter too must accept them before going on; Elders keeps its own first version.
    expect((await t.app.inject({ method: 'GET', url: '/api/tenant/terms', headers: { cookie: peter.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/tenant/terms', headers: { cookie: olga.cookie } })).json().version).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { auditEvents } from '../../db/schema/index.js';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn, type SignedIn } from '../../test-support/session.js';

let t: TestApp;
let now = new Date('2026-11-23T12:00:00Z');
let admin: SignedIn;
const sign = (email: string) => signIn(t, email, demoPassword, 'demoland');
const read = (s: SignedIn) => t.app.inject({ method: 'GET', url: '/api/tenant/settings', headers: { cookie: s.cookie } });
const write = (s: SignedIn, body: object) => t.app.inject({ method: 'PUT', url: '/api/tenant/settings', headers: s.headers, payload: body });
const defaults = { idleTimeoutMinutes: 15, absoluteTimeoutHours: 12, lockoutThreshold: 10, invitationValidDays: 7, digidEnabled: true, eherkenningEnabled: true };

beforeAll(async () => {
  t = await createTestApp({}, () => now);
  await seedDemoTenant(t.database, t.cipher);
  admin = await sign('peter.jansen@demoland.example');
});
afterAll(() => t.close());

describe('tenant settings', () => {
  it('are hidden (404) from everyone but the functional administrator, and cannot be changed by them', async () => {
    for (const email of ['jan.deboer@demoland.example', 'sanne.devries@wijkteam.demoland.example', 'fatima.elamrani@demoland.example']) {
      const s = await sign(email);
      expect((await read(s)).statusCode).toBe(404);
      expect((await write(s, { ...defaults, version: 1 })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: '/api/tenant/terms', headers: s.headers, payload: { bodyNl: 'x'.repeat(30), bodyEn: 'y'.repeat(30) } })).statusCode).toBe(404);
    }
  });

  it('name each out-of-range field and change nothing', async () => {
    const response = await write(admin, { ...defaults, idleTimeoutMinutes: 1, lockoutThreshold: 500, version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['idleTimeoutMinutes', 'lockoutThreshold']);
    expect((await read(admin)).json()).toMatchObject({ ...defaults, version: 1, policies: ['read', 'update'] });
  });

  it('refuse a stale version with 409 and the current settings, and log each changed field', async () => {
    const saved = await write(admin, { ...defaults, idleTimeoutMinutes: 5, lockoutThreshold: 5, version: 1 });
    expect(saved.json()).toMatchObject({ idleTimeoutMinutes: 5, lockoutThreshold: 5, version: 2 });
    const stale = await write(admin, { ...defaults, idleTimeoutMinutes: 30, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ idleTimeoutMinutes: 5, version: 2 });
    const tenantId = (await t.database.owner.query.tenants.findFirst())!.id;
    const events = await inTenant(t.database.owner, tenantId, (tx) => tx.select().from(auditEvents));
    expect(events.filter((e) => e.objectType === 'tenantSettings').map((e) => e.field).sort()).toEqual(['idleTimeoutMinutes', 'lockoutThreshold']);
  });

  it('take effect: a shorter idle timeout for new sessions, and a lower lockout threshold', async () => {
    const s = await sign('emma.smit@demoland.example');
    now = new Date(now.getTime() + 4 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    now = new Date(now.getTime() + 6 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);

    const attempt = () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'karin.smit@demoland.example', password: 'wrong-password-x', organisation: 'demoland' }, remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.1` });
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 60_000);
      await attempt();
    }
    now = new Date(now.getTime() + 60_000);
    const locked = await attempt();
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(13 * 60);
  });

  it('publish a new terms version that everyone must accept at their next request', async () => {
    const jan = await sign('jan.deboer@demoland.example');
    const admin2 = await sign('peter.jansen@demoland.example');
    const published = await t.app.inject({ method: 'POST', url: '/api/tenant/terms', headers: admin2.headers, payload: { bodyNl: 'Nieuwe voorwaarden, versie twee.', bodyEn: 'New terms, version two of them.' } });
    expect(published.statusCode).toBe(201);
    expect(published.json()).toEqual({ version: 2 });
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: jan.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/tenant/terms', headers: admin2.headers, payload: { bodyNl: 'kort', bodyEn: '' } })).json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['bodyEn', 'bodyNl']);
  });
});

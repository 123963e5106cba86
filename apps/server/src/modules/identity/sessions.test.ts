import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn, type SignedIn } from '../../test-support/session.js';

let t: TestApp;
const sign = (email: string) => signIn(t, email, demoPassword, 'demoland');
const get = (s: SignedIn, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
const accountsOf = async (s: SignedIn) => (await get(s, '/api/accounts?pageSize=100')).json().items as { id: string; email: string; version: number }[];
const deactivate = (s: SignedIn, id: string, version: number) =>
  t.app.inject({ method: 'POST', url: `/api/accounts/${id}/deactivate`, headers: s.headers, payload: { version } });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTenant(t.database, t.cipher);
});
afterAll(() => t.close());

describe('my sessions', () => {
  it('cannot see or end another person’s session (404)', async () => {
    const jan = await sign('jan.deboer@demoland.example');
    const ria = await sign('ria.deboer@demoland.example');
    const riaSession = (await get(ria, '/api/me/sessions')).json().items[0].id as string;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${riaSession}`, headers: jan.headers })).statusCode).toBe(404);
    expect((await get(ria, '/api/me')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/me/sessions/not-a-uuid', headers: jan.headers })).json().errors[0].field).toBe('id');
  });

  it('lists my devices with the current one marked, and ends one of them', async () => {
    const phone = await sign('emma.smit@demoland.example');
    const laptop = await sign('emma.smit@demoland.example');
    const items = (await get(laptop, '/api/me/sessions')).json().items as { id: string; current: boolean; policies: string[] }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(items[0]!.policies).toEqual(['read', 'end']);
    const other = items.find((s) => !s.current)!;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${other.id}`, headers: laptop.headers })).statusCode).toBe(204);
    expect((await get(phone, '/api/me')).statusCode).toBe(401);
    expect((await get(laptop, '/api/me')).statusCode).toBe(200);
  });
});

describe('deactivating an account', () => {
  it('is refused to those who may not (403 when they can see it, 404 when not) and changes nothing', async () => {
    const sanne = await sign('sanne.devries@wijkteam.demoland.example');
    const peter = await sign('peter.jansen@demoland.example');
    const all = await accountsOf(peter);
    const daan = all.find((a) => a.email.startsWith('daan'))!;
    const self = all.find((a) => a.email.startsWith('peter'))!;
    expect((await deactivate(sanne, daan.id, daan.version)).statusCode).toBe(404);
    const ownAsCoach = (await accountsOf(sanne))[0]!;
    expect((await deactivate(sanne, ownAsCoach.id, ownAsCoach.version)).statusCode).toBe(403);
    expect((await deactivate(peter, self.id, self.version)).statusCode).toBe(403);
    expect((await deactivate(peter, '00000000-0000-4000-8000-000000000000', 1)).statusCode).toBe(404);
    expect((await accountsOf(peter)).find((a) => a.id === daan.id)).toMatchObject({ version: daan.version });
  });

  it('refuses a stale version with 409 and the current state, and ends the sessions of the account at once', async () => {
    const peter = await sign('peter.jansen@demoland.example');
    const daanSession = await sign('daan.bakker@wijkteam.demoland.example');
    const daan = (await accountsOf(peter)).find((a) => a.email.startsWith('daan'))!;
    const stale = await deactivate(peter, daan.id, daan.version + 5);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toEqual({ version: daan.version, status: 'active' });
    expect((await get(daanSession, '/api/me')).statusCode).toBe(200);
    expect((await deactivate(peter, daan.id, daan.version)).statusCode).toBe(204);
    expect((await get(daanSession, '/api/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'daan.bakker@wijkteam.demoland.example', password: demoPassword, organisation: 'demoland' } })).statusCode).toBe(401);
    expect((await accountsOf(peter)).find((a) => a.id === daan.id)).toMatchObject({ status: 'deactivated', version: daan.version + 1 });
  });
});

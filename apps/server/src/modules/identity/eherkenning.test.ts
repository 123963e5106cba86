import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoles, accounts, auditEvents, organisations, people, sessions, tenantSettings, tenants } from '../../db/schema/index.js';
import { demoKvkNumbers } from '../../demo/eherkenning.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { throughBroker } from '../../test-support/broker.js';
import { cookieOf } from '../../test-support/session.js';

let t: TestApp;
let demolandId: string;
let eldersId: string;

const lindeKvk = demoKvkNumbers.linde!;
const ankerKvk = demoKvkNumbers.anker!;
const kees = 'kees.mulder@delinde.example';

async function start(organisation = 'demoland') {
  const response = await t.app.inject({ method: 'GET', url: `/api/auth/eherkenning/start?organisation=${organisation}` });
  return { response, pending: response.cookies.find((c) => c.name === 'samenplan-eherkenning') };
}
const callback = (url: URL, pendingValue: string | undefined) =>
  t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: pendingValue ? { cookie: `samenplan-eherkenning=${pendingValue}` } : {} });
/** One whole round: start at the tenant, type `login` at the broker, come back; the callback's answer. */
async function signInAs(login: string, organisation = 'demoland') {
  const { response, pending } = await start(organisation);
  return callback(await throughBroker(response.headers.location as string, login), pending!.value);
}
const setSwitch = (tenantId: string, eherkenningEnabled: boolean) =>
  inTenant(t.database.owner, tenantId, (tx) => tx.update(tenantSettings).set({ eherkenningEnabled }).where(eq(tenantSettings.tenantId, tenantId)));
const lastAudit = (tenantId: string) =>
  inTenant(t.database.owner, tenantId, async (tx) => (await tx.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1))[0]!);
const sessionCount = (tenantId: string) => inTenant(t.database.owner, tenantId, async (tx) => (await tx.select().from(sessions)).length);

beforeAll(async () => {
  t = await createTestApp({ DEV_OIDC_BROKER: 'true' });
  await seedDemoTenant(t.database, t.cipher);
  await seedDemoTenant(t.database, t.cipher, { tenant: { slug: 'elders', name: 'Gemeente Elders' } });
  const rows = await t.database.owner.select().from(tenants);
  demolandId = rows.find((row) => row.slug === 'demoland')!.id;
  eldersId = rows.find((row) => row.slug === 'elders')!.id;
  // Gemeente Elders has eHerkenning off, and a Linde employee of its own whom Demoland does not know.
  await setSwitch(eldersId, false);
  await inTenant(t.database.owner, eldersId, async (tx) => {
    const [linde] = await tx.select().from(organisations).where(eq(organisations.name, 'Thuiszorg De Linde'));
    const [person] = await tx
      .insert(people)
      .values({ tenantId: eldersId, kind: 'professional', firstName: 'Els', surname: 'Elders', email: 'els.elders@delinde.example', organisationId: linde!.id })
      .returning({ id: people.id });
    const [account] = await tx
      .insert(accounts)
      .values({ tenantId: eldersId, personId: person!.id, email: 'els.elders@delinde.example', status: 'active', mustChangePassword: false })
      .returning({ id: accounts.id });
    await tx.insert(accountRoles).values({ tenantId: eldersId, accountId: account!.id, role: 'providerProfessional', organisationId: linde!.id });
  });
});
afterAll(() => t.close());

describe('eHerkenning for provider staff through the OpenID Connect broker', () => {
  it('is offered only where the tenant switched it on, and refused (404) where it is off', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/tenants' })).json().items;
    expect(items).toEqual([
      { slug: 'demoland', name: 'Gemeente Demoland', digid: true, eherkenning: true, passkeys: true, passwordMinLength: 12 },
      { slug: 'elders', name: 'Gemeente Elders', digid: true, eherkenning: false, passkeys: true, passwordMinLength: 12 },
    ]);
    const refused = await start('elders');
    expect(refused.response.statusCode).toBe(404);
    expect(refused.pending).toBeUndefined();
    expect((await start('atlantis')).response.statusCode).toBe(404);
  });

  it('refuses a sign-in when the tenant switched eHerkenning off while the person was at the broker', async () => {
    const before = await sessionCount(demolandId);
    const { response, pending } = await start();
    const url = await throughBroker(response.headers.location as string, kees);
    await setSwitch(demolandId, false);
    try {
      const done = await callback(url, pending!.value);
      expect(done.headers.location).toBe('/inloggen?fout=eherkenning-onbekend');
      expect(done.cookies.find((c) => c.name === 'samenplan')).toBeUndefined();
    } finally {
      await setSwitch(demolandId, true);
    }
    expect(await sessionCount(demolandId)).toBe(before);
  });

  it('refuses a callback without the pending cookie, or with another sign-in’s state and nonce', async () => {
    const first = await start();
    const url = await throughBroker(first.response.headers.location as string, kees);
    expect((await callback(url, undefined)).headers.location).toBe('/inloggen?fout=eherkenning');
    const second = await start();
    expect((await callback(url, second.pending!.value)).headers.location).toBe('/inloggen?fout=eherkenning');
    // A DigiD sign-in's pending cookie does not open an eHerkenning callback either.
    const digid = await t.app.inject({ method: 'GET', url: '/api/auth/digid/start?organisation=demoland' });
    const digidPending = digid.cookies.find((c) => c.name === 'samenplan-digid')!.value;
    const crossed = await t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: { cookie: `samenplan-digid=${digidPending}` } });
    expect(crossed.headers.location).toBe('/inloggen?fout=eherkenning');
  });

  it('gives the same neutral refusal to an unknown employee, an unknown KvK number, another organisation, a non-provider role and another tenant’s employee, and logs none of them', async () => {
    const before = await sessionCount(demolandId);
    for (const login of [
      `${lindeKvk}/onbekend@delinde.example`, // nobody with this e-mail
      `00000000/${kees}`, // a KvK number the register does not know
      `${ankerKvk}/${kees}`, // Kees works at De Linde, not at Het Anker
      `${lindeKvk}/sanne.devries@wijkteam.demoland.example`, // a coach, not a provider professional of De Linde
      `${lindeKvk}/els.elders@delinde.example`, // a De Linde employee in Gemeente Elders only
    ]) {
      const done = await signInAs(login);
      expect(done.headers.location, login).toBe('/inloggen?fout=eherkenning-onbekend');
      expect(done.cookies.find((c) => c.name === 'samenplan')).toBeUndefined();
      const audit = await lastAudit(demolandId);
      expect(audit).toMatchObject({ action: 'login-failed', outcome: 'denied', details: { method: 'eherkenning' } });
      expect(JSON.stringify(audit)).not.toContain('@');
    }
    expect(await sessionCount(demolandId)).toBe(before);
    expect(t.logs()).not.toContain('onbekend@delinde.example');
    expect(t.logs()).not.toContain('els.elders');
  });

  it('refuses a deactivated account', async () => {
    const setStatus = (status: 'active' | 'deactivated') =>
      inTenant(t.database.owner, demolandId, (tx) => tx.update(accounts).set({ status }).where(eq(accounts.email, kees)));
    await setStatus('deactivated');
    try {
      expect((await signInAs(kees)).headers.location).toBe('/inloggen?fout=eherkenning-onbekend');
    } finally {
      await setStatus('active');
    }
  });

  it('signs in the provider professional of the KvK number’s organisation, with PKCE, state and nonce checked, and records the method', async () => {
    const { response, pending } = await start();
    const location = new URL(response.headers.location as string);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();
    expect(location.searchParams.get('scope')).toBe('openid eherkenning');
    expect(location.searchParams.get('redirect_uri')).toMatch(/\/api\/auth\/eherkenning\/callback$/);
    const url = await throughBroker(location.href, kees);
    const done = await callback(url, pending!.value);
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/werk');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookieOf({ cookies: done.cookies.filter((c) => c.name === 'samenplan') }) } });
    expect(me.json().person).toMatchObject({ firstName: 'Kees', surname: 'Mulder' });
    const [account] = await inTenant(t.database.owner, demolandId, (tx) => tx.select().from(accounts).where(eq(accounts.email, kees)));
    const [session] = await inTenant(t.database.owner, demolandId, (tx) =>
      tx.select().from(sessions).where(and(eq(sessions.accountId, account!.id), eq(sessions.signInMethod, 'eherkenning'))),
    );
    expect(session).toMatchObject({ role: 'providerProfessional', stage: 'active' });
    expect(await lastAudit(demolandId)).toMatchObject({ action: 'login', objectType: 'account', objectId: account!.id, details: { method: 'eherkenning' } });
    // The code cannot be used twice.
    expect((await callback(url, pending!.value)).headers.location).toBe('/inloggen?fout=eherkenning');
  });

  it('also takes the KvK number and e-mail spelled out, in any case of the e-mail', async () => {
    expect((await signInAs(`${ankerKvk}/Bram.DeWit@hetanker.example`)).headers.location).toBe('/werk');
  });

  it('finds the organisation by its stored KvK number, not by its name', async () => {
    const setLinde = (values: { name?: string; kvkNumber?: string | null }) =>
      inTenant(t.database.owner, demolandId, (tx) => tx.update(organisations).set(values).where(eq(organisations.kvkNumber, lindeKvk)).returning({ id: organisations.id }));
    const [linde] = await setLinde({ name: 'Thuiszorg De Linde (nieuwe naam)' });
    try {
      expect((await signInAs(`${lindeKvk}/${kees}`)).headers.location).toBe('/werk');
      await inTenant(t.database.owner, demolandId, (tx) => tx.update(organisations).set({ kvkNumber: null }).where(eq(organisations.id, linde!.id)));
      expect((await signInAs(`${lindeKvk}/${kees}`)).headers.location).toBe('/inloggen?fout=eherkenning-onbekend');
    } finally {
      await inTenant(t.database.owner, demolandId, (tx) => tx.update(organisations).set({ name: 'Thuiszorg De Linde', kvkNumber: lindeKvk }).where(eq(organisations.id, linde!.id)));
    }
    expect((await signInAs(kees)).headers.location).toBe('/werk');
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../../test-support/demo.js';
import type { SignedIn } from '../../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let elders: DemoTenant;
let peter: SignedIn;
let sanne: SignedIn;
let olga: SignedIn;
const ids = { teams: new Map<string, string>(), groups: new Map<string, string>(), orgs: new Map<string, string>(), eldersTeam: '', eldersGroup: '', eldersAccount: '' };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (who: SignedIn, method: Method | string, url: string, payload?: object) =>
  t.app.inject({ method: method as Method, url, headers: who.headers, ...(payload && { payload }) });
const fields = (response: { json: () => { errors?: { field: string }[] } }) => (response.json().errors ?? []).map((e) => e.field).sort();
const accountIdOf = (tenant: DemoTenant, key: string) =>
  inTenant(t.database.owner, tenant.tenantId, async (tx) => (await queryRows<{ id: string }>(tx, sql`select id from account where person_id = ${tenant.people.get(key)!}::uuid`))[0]!.id);
const auditCount = (objectType: string) =>
  inTenant(t.database.owner, demo.tenantId, async (tx) => (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_event where object_type = ${objectType}`))[0]!.n);

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  elders = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  peter = await demo.signIn('peter');
  sanne = await demo.signIn('sanne');
  // Peter of Gemeente Elders: the other tenant's administrator.
  olga = await elders.signIn('peter');
  const lists = async (tenant: DemoTenant) =>
    inTenant(t.database.owner, tenant.tenantId, async (tx) => ({
      teams: await queryRows<{ id: string; name: string }>(tx, sql`select id, name from team`),
      groups: await queryRows<{ id: string; name: string }>(tx, sql`select id, name from user_group`),
      orgs: await queryRows<{ id: string; name: string }>(tx, sql`select id, name from organisation`),
    }));
  const own = await lists(demo);
  for (const team of own.teams) ids.teams.set(team.name, team.id);
  for (const group of own.groups) ids.groups.set(group.name, group.id);
  for (const org of own.orgs) ids.orgs.set(org.name, org.id);
  const other = await lists(elders);
  ids.eldersTeam = other.teams[0]!.id;
  ids.eldersGroup = other.groups[0]!.id;
  ids.eldersAccount = await accountIdOf(elders, 'sanne');
});
afterAll(() => t.close());

const invite = (who: SignedIn, overrides: object = {}) =>
  call(who, 'POST', '/api/staff', {
    firstName: 'Bram',
    surname: 'Nieuw',
    email: `bram.${Math.random().toString(36).slice(2, 8)}@wijkteam.demoland.example`,
    organisationId: ids.orgs.get('Wijkteams Demoland'),
    roles: ['coach'],
    teams: [{ id: ids.teams.get('WT Jeugd'), superuser: false }],
    userGroupIds: [ids.groups.get('Wijkteam coaches')],
    ...overrides,
  });

describe('professionals in /werk/beheer', () => {
  it('are not listed or changed for a coach, and never across tenants', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/staff' })).statusCode).toBe(401);
    expect((await call(sanne, 'GET', '/api/staff')).json().items).toEqual([]);
    expect((await invite(sanne)).statusCode).toBe(404);
    const sanneAccount = await accountIdOf(demo, 'sanne');
    expect((await call(sanne, 'PUT', `/api/staff/${sanneAccount}/rights`, { roles: ['functionalAdmin'], version: 1 })).statusCode).toBe(404);
    // Peter of Elders sees none of Demoland's professionals, and Demoland's Peter none of Elders'.
    const list = (await call(olga, 'GET', '/api/staff?pageSize=100')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(sanneAccount);
    expect(list.items.map((i: { id: string }) => i.id)).toContain(ids.eldersAccount);
    expect(list.total).toBeGreaterThan(0);
    for (const [method, url, body] of [
      ['GET', `/api/staff/${ids.eldersAccount}`, undefined],
      ['PUT', `/api/staff/${ids.eldersAccount}/rights`, { roles: ['coach'], version: 1 }],
      ['POST', `/api/accounts/${ids.eldersAccount}/deactivate`, { version: 1 }],
      ['POST', `/api/accounts/${ids.eldersAccount}/reactivate`, { version: 1 }],
    ] as const) {
      expect((await call(peter, method, url, body)).statusCode, url).toBe(404);
    }
    // Another tenant's team or group cannot be handed out either.
    const foreign = await invite(peter, { teams: [{ id: ids.eldersTeam, superuser: false }], userGroupIds: [ids.eldersGroup] });
    expect(foreign.statusCode).toBe(400);
    expect(fields(foreign)).toEqual(['teams', 'userGroupIds']);
  });

  it('name each bad field of an invitation and create nothing', async () => {
    const before = (await call(peter, 'GET', '/api/staff?pageSize=100')).json().total;
    const bad = await invite(peter, { firstName: '', email: 'geen-adres', roles: [], organisationId: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['email', 'firstName', 'organisationId', 'roles']);
    const superWithoutTeam = await invite(peter, { roles: ['coach', 'teamSuperuser'], teams: [] });
    expect(fields(superWithoutTeam)).toEqual(['teams']);
    const taken = await invite(peter, { email: 'sanne.devries@wijkteam.demoland.example' });
    expect(taken.json().errors).toEqual([{ field: 'email', code: 'taken', message: 'Er is al een account met dit e-mailadres.' }]);
    expect((await call(peter, 'GET', '/api/staff?pageSize=100')).json().total).toBe(before);
  });

  it('lists professionals with organisation, roles, teams, user groups, status and last sign-in, searchable and paged', async () => {
    const response = await call(peter, 'GET', '/api/staff?q=vries');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.policies).toEqual(['invite']);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      email: 'sanne.devries@wijkteam.demoland.example',
      status: 'active',
      person: { firstName: 'Sanne', infix: 'de', surname: 'Vries' },
      organisation: { name: 'Wijkteams Demoland' },
      roles: ['coach'],
      teams: [{ name: 'WT Volwassenen', isSuperuser: false }],
      userGroups: [{ name: 'Wijkteam coaches' }],
      policies: ['read', 'create', 'update', 'deactivate', 'invite', 'manageRights'],
    });
    expect(body.items[0].lastSignInAt).not.toBeNull();
    expect((await call(peter, 'GET', '/api/staff?q=sanne de vries')).json().total).toBe(1);
    const all = (await call(peter, 'GET', '/api/staff?pageSize=100')).json();
    expect(all.items.map((i: { email: string }) => i.email)).not.toContain('jan.deboer@demoland.example');
    const page2 = (await call(peter, 'GET', '/api/staff?pageSize=3&page=2')).json();
    expect(page2.items).toHaveLength(3);
    expect(page2.total).toBe(all.total);
    const self = all.items.find((i: { email: string }) => i.email === 'peter.jansen@demoland.example');
    expect(self.policies).not.toContain('deactivate');
  });

  it('invites a professional: invited account with rights, the link by e-mail, audited', async () => {
    await t.deliverMail();
    const since = t.mail.mails.length;
    const response = await invite(peter, { email: 'bram.nieuw@wijkteam.demoland.example', roles: ['coach', 'teamSuperuser'], teams: [{ id: ids.teams.get('WT Jeugd'), superuser: true }] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'invited',
      roles: ['coach', 'teamSuperuser'],
      teams: [{ name: 'WT Jeugd', isSuperuser: true }],
      userGroups: [{ name: 'Wijkteam coaches' }],
      lastSignInAt: null,
    });
    await t.deliverMail();
    const mail = await t.mail.waitFor('bram.nieuw@wijkteam.demoland.example', since);
    expect(mail.text).toContain('/uitnodiging?organisatie=demoland&token=');
    expect(mail.text).toContain('Bram');
    expect(await auditCount('invitation')).toBeGreaterThan(0);
  });

  it('refuses a stale version with 409 and the current rights, and ends the account’s sessions when rights change', async () => {
    const daan = await demo.signIn('daan');
    const accountId = await accountIdOf(demo, 'daan');
    const current = (await call(peter, 'GET', `/api/staff/${accountId}`)).json();
    const teams = current.teams.map((team: { id: string }) => ({ id: team.id, superuser: false }));
    const userGroupIds = current.userGroups.map((g: { id: string }) => g.id);
    const bad = await call(peter, 'PUT', `/api/staff/${accountId}/rights`, { roles: ['chef'], teams, userGroupIds, version: current.version });
    expect(fields(bad)).toEqual(['roles.0']);
    const stale = await call(peter, 'PUT', `/api/staff/${accountId}/rights`, { roles: ['coach', 'consultant'], teams, userGroupIds, version: current.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ roles: ['coach'], version: current.version });
    // Nothing changed so far: Daan still works.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: daan.cookie } })).statusCode).toBe(200);
    const saved = await call(peter, 'PUT', `/api/staff/${accountId}/rights`, { roles: ['coach', 'consultant'], teams, userGroupIds, version: current.version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ roles: ['coach', 'consultant'], version: current.version + 1 });
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: daan.cookie } })).statusCode).toBe(401);
    const back = await call(peter, 'PUT', `/api/staff/${accountId}/rights`, { roles: ['coach'], teams, userGroupIds, version: current.version + 1 });
    expect(back.json().roles).toEqual(['coach']);
  });

  it('refuses an administrator who would lock themselves out, with a clear 403', async () => {
    const self = await accountIdOf(demo, 'peter');
    const current = (await call(peter, 'GET', `/api/staff/${self}`)).json();
    const dropAdmin = await call(peter, 'PUT', `/api/staff/${self}/rights`, { roles: ['coach'], teams: [], userGroupIds: [], version: current.version });
    expect(dropAdmin.statusCode).toBe(403);
    expect(dropAdmin.json()).toMatchObject({ type: 'urn:samenplan:problem:selfLockout', detail: expect.stringContaining('functioneel beheer') });
    const deactivate = await call(peter, 'POST', `/api/accounts/${self}/deactivate`, { version: current.version });
    expect(deactivate.statusCode).toBe(403);
    expect(deactivate.json().type).toBe('urn:samenplan:problem:selfLockout');
    expect((await call(peter, 'GET', `/api/staff/${self}`)).json()).toMatchObject({ status: 'active', roles: ['functionalAdmin'], version: current.version });
  });

  it('deactivates (sessions end) and reactivates an account, versioned', async () => {
    const kees = await demo.signIn('kees');
    const accountId = await accountIdOf(demo, 'kees');
    const current = (await call(peter, 'GET', `/api/staff/${accountId}`)).json();
    expect((await call(sanne, 'POST', `/api/accounts/${accountId}/reactivate`, { version: current.version })).statusCode).toBe(404);
    expect((await call(peter, 'POST', `/api/accounts/${accountId}/reactivate`, { version: current.version })).statusCode).toBe(400);
    expect((await call(peter, 'POST', `/api/accounts/${accountId}/deactivate`, { version: current.version })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: kees.cookie } })).statusCode).toBe(401);
    expect((await call(peter, 'POST', `/api/accounts/${accountId}/reactivate`, { version: current.version })).statusCode).toBe(409);
    const back = await call(peter, 'POST', `/api/accounts/${accountId}/reactivate`, { version: current.version + 1 });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: 'active', version: current.version + 2 });
    await demo.signIn('kees');
  });
});

describe('teams and user groups in /werk/beheer', () => {
  it('cannot be made or renamed by a coach, nor touched across tenants', async () => {
    const org = ids.orgs.get('Wijkteams Demoland');
    expect((await call(sanne, 'POST', '/api/teams', { name: 'WT Zuid', organisationId: org })).statusCode).toBe(403);
    expect((await call(sanne, 'POST', '/api/user-groups', { name: 'Zuid' })).statusCode).toBe(403);
    const team = (await call(sanne, 'GET', `/api/teams/${ids.teams.get('WT Jeugd')}`)).json();
    expect(team.policies).toEqual(['read']);
    expect((await call(sanne, 'PUT', `/api/teams/${team.id}`, { name: 'WT Kids', version: team.version })).statusCode).toBe(403);
    expect((await call(sanne, 'PUT', `/api/teams/${team.id}/members/${demo.people.get('sanne')}`, {})).statusCode).toBe(403);
    for (const [method, url, body] of [
      ['GET', `/api/teams/${ids.eldersTeam}`, undefined],
      ['PUT', `/api/teams/${ids.eldersTeam}`, { name: 'Overgenomen', version: 1 }],
      ['PUT', `/api/teams/${ids.eldersTeam}/members/${demo.people.get('sanne')}`, {}],
      ['GET', `/api/user-groups/${ids.eldersGroup}`, undefined],
      ['PUT', `/api/user-groups/${ids.eldersGroup}`, { name: 'Overgenomen', version: 1 }],
      ['DELETE', `/api/user-groups/${ids.eldersGroup}/members/${elders.people.get('sanne')}`, undefined],
    ] as const) {
      expect((await call(peter, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    // Another tenant's person cannot be put in one's own team.
    expect(fields(await call(peter, 'PUT', `/api/teams/${ids.teams.get('WT Jeugd')}/members/${elders.people.get('sanne')}`, {}))).toEqual(['personId']);
    expect((await call(olga, 'GET', '/api/teams')).json().items.map((i: { id: string }) => i.id)).not.toContain(ids.teams.get('WT Jeugd'));
  });

  it('name bad input and a taken name, and change nothing', async () => {
    const org = ids.orgs.get('Wijkteams Demoland');
    expect(fields(await call(peter, 'POST', '/api/teams', { name: 'x', organisationId: 'nope' }))).toEqual(['name', 'organisationId']);
    expect(fields(await call(peter, 'POST', '/api/teams', { name: 'WT Jeugd', organisationId: org }))).toEqual(['name']);
    expect(fields(await call(peter, 'POST', '/api/teams', { name: 'WT Oost', organisationId: ids.orgs.get('Gemeente Demoland') }))).toEqual([]);
    expect(fields(await call(peter, 'POST', '/api/user-groups', { name: '' }))).toEqual(['name']);
    const teams = (await call(peter, 'GET', '/api/teams')).json();
    expect(teams.items.map((i: { name: string }) => i.name)).toEqual(['WT Jeugd', 'WT Oost', 'WT Volwassenen']);
  });

  it('make, rename (409 on a stale version) and staff a team, with an aanjager', async () => {
    const made = await call(peter, 'POST', '/api/teams', { name: 'WT Zuid', organisationId: ids.orgs.get('Wijkteams Demoland') });
    expect(made.statusCode).toBe(201);
    const team = made.json();
    expect(team).toMatchObject({ name: 'WT Zuid', memberCount: 0, policies: ['read', 'manage', 'manageMembers'] });
    expect(team.version).toBe(1);
    const renamed = await call(peter, 'PUT', `/api/teams/${team.id}`, { name: 'WT Zuid-West', version: team.version });
    expect(renamed.json()).toMatchObject({ name: 'WT Zuid-West', version: 2 });
    const stale = await call(peter, 'PUT', `/api/teams/${team.id}`, { name: 'WT Noord', version: team.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toEqual({ name: 'WT Zuid-West', version: 2 });
    expect((await call(peter, 'GET', `/api/teams/${team.id}`)).json()).toMatchObject({ name: 'WT Zuid-West', version: 2 });

    const daan = await demo.signIn('daan');
    expect((await call(peter, 'PUT', `/api/teams/${team.id}/members/${demo.people.get('daan')}`, { isSuperuser: true })).statusCode).toBe(204);
    // Daan's rights changed: his session ends, and he now holds the aanjager role.
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: daan.cookie } })).statusCode).toBe(401);
    const detail = (await call(peter, 'GET', `/api/teams/${team.id}`)).json();
    expect(detail.members).toMatchObject([{ personId: demo.people.get('daan'), isSuperuser: true, person: { firstName: 'Daan' } }]);
    const daanAccount = (await call(peter, 'GET', `/api/staff/${await accountIdOf(demo, 'daan')}`)).json();
    expect(daanAccount.roles).toContain('teamSuperuser');
    expect(fields(await call(peter, 'PUT', `/api/teams/${team.id}/members/${demo.people.get('jan')}`, {}))).toEqual(['personId']);
    expect((await call(peter, 'DELETE', `/api/teams/${team.id}/members/${demo.people.get('daan')}`)).statusCode).toBe(204);
    expect((await call(peter, 'DELETE', `/api/teams/${team.id}/members/${demo.people.get('daan')}`)).statusCode).toBe(404);
    expect((await call(peter, 'GET', `/api/staff/${daanAccount.id}`)).json().roles).toEqual(['coach']);
    expect(await auditCount('teamMember')).toBe(2);
  });

  it('let the aanjager manage the members of their own team only', async () => {
    const lotte = await demo.signIn('lotte');
    const switched = await t.app.inject({ method: 'POST', url: '/api/me/role', headers: lotte.headers, payload: { role: 'teamSuperuser' } });
    const cookie = `${switched.cookies[0]!.name}=${switched.cookies[0]!.value}`;
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json();
    const asLotte = { cookie, csrfToken: me.csrfToken, headers: { cookie, 'x-csrf-token': me.csrfToken } };
    const own = ids.teams.get('WT Volwassenen')!;
    expect((await call(asLotte, 'PUT', `/api/teams/${ids.teams.get('WT Jeugd')}/members/${demo.people.get('fatima')}`, {})).statusCode).toBe(403);
    expect((await call(asLotte, 'PUT', `/api/teams/${own}/members/${demo.people.get('fatima')}`, {})).statusCode).toBe(204);
    expect((await call(asLotte, 'DELETE', `/api/teams/${own}/members/${demo.people.get('fatima')}`)).statusCode).toBe(204);
    expect((await call(asLotte, 'PUT', `/api/teams/${own}`, { name: 'Eigen naam', version: 1 })).statusCode).toBe(403);
  });

  it('make, rename and fill a user group', async () => {
    const made = await call(peter, 'POST', '/api/user-groups', { name: 'Schuldhulp', description: 'Schuldhulpverleners' });
    expect(made.statusCode).toBe(201);
    const group = made.json();
    expect(group.policies).toEqual(['read', 'manage']);
    expect(group.version).toBe(1);
    expect((await call(peter, 'PUT', `/api/user-groups/${group.id}`, { name: 'Schuldhulp en budget', version: group.version - 1 })).statusCode).toBe(409);
    expect((await call(peter, 'PUT', `/api/user-groups/${group.id}`, { name: 'Schuldhulp en budget', version: group.version })).json()).toMatchObject({ name: 'Schuldhulp en budget', version: 2 });
    const stale = await call(peter, 'PUT', `/api/user-groups/${group.id}`, { name: 'Schuld', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toEqual({ name: 'Schuldhulp en budget', description: null, version: 2 });
    expect((await call(peter, 'PUT', `/api/user-groups/${group.id}/members/${demo.people.get('fatima')}`)).statusCode).toBe(204);
    expect((await call(peter, 'PUT', `/api/user-groups/${group.id}/members/${demo.people.get('fatima')}`)).statusCode).toBe(204);
    const detail = (await call(peter, 'GET', `/api/user-groups/${group.id}`)).json();
    expect(detail).toMatchObject({ memberCount: 1, members: [{ person: { firstName: 'Fatima' } }] });
    expect((await call(peter, 'DELETE', `/api/user-groups/${group.id}/members/${demo.people.get('fatima')}`)).statusCode).toBe(204);
    expect((await call(sanne, 'GET', '/api/user-groups')).json().policies).toEqual([]);
  });
});

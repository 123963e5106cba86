import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoPeople } from '../../demo/demo-tenant.js';
import { seedDemoTenant } from '../../demo/seed.js';
import { accountRoles, accounts, auditEvents, people } from '../../db/schema/index.js';
import { inTenant } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn, type SignedIn } from '../../test-support/session.js';
import { createTenant } from '../../test-support/tenants.js';
import { hashPassword } from './password.js';

let t: TestApp;
const as: Record<string, SignedIn> = {};
const list = (who: string, query = '') => t.app.inject({ method: 'GET', url: `/api/accounts${query}`, headers: { cookie: as[who]!.cookie } });
const emails = (body: { items: { email: string }[] }) => body.items.map((i) => i.email).sort();

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTenant(t.database, t.cipher);
  // A second tenant with an administrator whose accounts must never show up in Demoland, and the other way round.
  const other = await createTenant(t.database, 'elders', 'Gemeente Elders');
  await inTenant(t.database.owner, other.id, async (tx) => {
    const [person] = await tx.insert(people).values({ tenantId: other.id, kind: 'professional', firstName: 'Olga', surname: 'Elders' }).returning();
    const [account] = await tx
      .insert(accounts)
      .values({ tenantId: other.id, personId: person!.id, email: 'olga@elders.example', passwordHash: await hashPassword(demoPassword), status: 'active', mustChangePassword: false })
      .returning();
    await tx.insert(accountRoles).values({ tenantId: other.id, accountId: account!.id, role: 'functionalAdmin' });
  });
  for (const key of ['jan', 'ria', 'sanne', 'lotte', 'peter']) {
    const person = demoPeople.find((p) => p.key === key)!;
    as[key] = await signIn(t, person.email, demoPassword, 'demoland');
  }
  as.olga = await signIn(t, 'olga@elders.example', demoPassword, 'elders');
  // Lotte is coach and aanjager; she acts as aanjager here.
  const switched = await t.app.inject({ method: 'POST', url: '/api/me/role', headers: as.lotte!.headers, payload: { role: 'teamSuperuser' } });
  expect(switched.statusCode).toBe(204);
  const renewed = switched.cookies[0]!;
  expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: as.lotte!.cookie } })).statusCode).toBe(401);
  as.lotte = { ...as.lotte!, cookie: `${renewed.name}=${renewed.value}` };
});
afterAll(() => t.close());

describe('GET /api/accounts', () => {
  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/accounts' })).statusCode).toBe(401);
  });

  it('names a bad paging field', async () => {
    const response = await list('peter', '?pageSize=1000&page=0');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['page', 'pageSize']);
  });

  it('shows a resident, a relative and a coach only their own account', async () => {
    expect(emails((await list('jan')).json())).toEqual(['jan.deboer@demoland.example']);
    expect(emails((await list('ria')).json())).toEqual(['ria.deboer@demoland.example']);
    expect(emails((await list('sanne')).json())).toEqual(['sanne.devries@wijkteam.demoland.example']);
  });

  it('never shows another tenant’s accounts, not even to its administrator', async () => {
    expect(emails((await list('olga')).json())).toEqual(['olga@elders.example']);
    expect(emails((await list('peter')).json())).not.toContain('olga@elders.example');
  });

  it('shows the functional administrator every account of the tenant, searchable and paged', async () => {
    const all = (await list('peter', '?pageSize=100')).json();
    expect(all.total).toBe(demoPeople.length);
    expect(emails(all)).toEqual(demoPeople.map((p) => p.email).sort());
    const page = (await list('peter', '?pageSize=5&page=2')).json();
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(demoPeople.length);
    expect(emails((await list('peter', '?q=boer')).json())).toEqual(['jan.deboer@demoland.example', 'ria.deboer@demoland.example']);
    expect(emails((await list('peter', '?q=%25')).json())).toEqual([]);
  });

  it('shows a team superuser (aanjager) the accounts of their team, with what they may do to each', async () => {
    const body = (await list('lotte')).json();
    expect(emails(body)).toEqual(['lotte.visser@wijkteam.demoland.example', 'sanne.devries@wijkteam.demoland.example']);
    const sanne = body.items.find((i: { email: string }) => i.email.startsWith('sanne'));
    expect(sanne.policies).toEqual(['read', 'create', 'update', 'deactivate']);
    const self = body.items.find((i: { email: string }) => i.email.startsWith('lotte'));
    expect(self.policies).not.toContain('deactivate');
    expect(Object.keys(sanne).sort()).toEqual(['email', 'id', 'person', 'policies', 'roles', 'status', 'version']);
  });

  it('logs each listing in the audit log', async () => {
    const tenantId = (await t.database.owner.query.tenants.findFirst({ where: (tn, { eq }) => eq(tn.slug, 'demoland') }))!.id;
    const before = await inTenant(t.database.owner, tenantId, (tx) => tx.select().from(auditEvents));
    await list('peter');
    const after = await inTenant(t.database.owner, tenantId, (tx) => tx.select().from(auditEvents).orderBy(auditEvents.seq));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ action: 'read', objectType: 'account', actorRole: 'functionalAdmin' });
  });
});

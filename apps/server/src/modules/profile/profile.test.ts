import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import type { SignedIn } from '../../test-support/session.js';

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const signed = new Map<string, SignedIn>();

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  for (const key of ['jan', 'emma', 'ria', 'karin', 'sanne', 'daan', 'kees', 'peter']) signed.set(key, await demo.signIn(key));
  signed.set('elders-jan', await other.signIn('jan'));
});
afterAll(() => t.close());

const as = (key: string) => signed.get(key)!.headers;
const profileUrl = (tenant: DemoTenant, key: string) => `/api/residents/${tenant.people.get(key)}/profile`;
const readProfile = (who: string, tenant: DemoTenant, key: string) => t.app.inject({ method: 'GET', url: profileUrl(tenant, key), headers: as(who) });
const saveDetails = (who: string, key: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/residents/${demo.people.get(key)}/contact-details`, headers: as(who), payload });

type AuditRow = { action: string; object_type: string; field: string | null; on_behalf_of_person_id: string | null; actor_person_id: string | null; details: unknown };
async function auditOf(residentKey: string, objectType = 'profile'): Promise<AuditRow[]> {
  return inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<AuditRow>(
      tx,
      sql`select action, object_type, field, on_behalf_of_person_id, actor_person_id, details from audit_event
          where resident_id = ${demo.people.get(residentKey)}::uuid and object_type = ${objectType} order by seq`,
    ),
  );
}

async function current(key: string) {
  const response = await readProfile(key, demo, key);
  expect(response.statusCode).toBe(200);
  return response.json();
}

function details(profile: { version: number; phone: string | null; mobilePhone: string | null; email: string | null; consents: unknown }) {
  const { version, phone, mobilePhone, email, consents } = profile;
  return { version, phone, mobilePhone, email, consents };
}

describe('who may not see a profile', () => {
  it('another tenant’s resident does not exist, in either direction', async () => {
    expect((await readProfile('elders-jan', demo, 'jan')).statusCode).toBe(404);
    expect((await readProfile('sanne', other, 'jan')).statusCode).toBe(404);
  });

  it('another resident: Emma cannot read Jan’s profile', async () => {
    expect((await readProfile('emma', demo, 'jan')).statusCode).toBe(404);
  });

  it('a relative who may view Jan’s dossier (Ria) still does not see his profile: only self, guardian and case workers do', async () => {
    expect((await readProfile('ria', demo, 'jan')).statusCode).toBe(404);
    expect((await saveDetails('ria', 'jan', { version: 1, phone: '06 99999999', mobilePhone: null, email: 'jan.deboer@demoland.example', consents: { neighbourhoodCheck: true, wantsDecision: false } })).statusCode).toBe(404);
  });

  it('a coach of another team (Daan), a referred provider (Kees) and the administrator (Peter) get 404 on Jan', async () => {
    for (const who of ['daan', 'kees', 'peter']) expect((await readProfile(who, demo, 'jan')).statusCode, who).toBe(404);
  });

  it('a person who is not a resident has no profile, not even for themselves', async () => {
    expect((await readProfile('sanne', demo, 'sanne')).statusCode).toBe(404);
  });

  it('without a session: 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: profileUrl(demo, 'jan') })).statusCode).toBe(401);
  });

  it('a professional may read but not change the contact details (403)', async () => {
    const profile = await current('jan');
    const response = await saveDetails('sanne', 'jan', { ...details(profile), phone: '06 99999999' });
    expect(response.statusCode).toBe(403);
    expect((await current('jan')).phone).toBe(profile.phone);
  });
});

describe('reading a profile', () => {
  it('shows Jan his profile with the BSN masked to the last three digits; the full BSN is in neither the answer nor the log', async () => {
    const response = await readProfile('jan', demo, 'jan');
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({
      personId: demo.people.get('jan'),
      bsnMasked: '******019',
      firstName: 'Jan',
      infix: 'de',
      surname: 'Boer',
      dateOfBirth: '1958-03-14',
      gender: 'man',
      email: 'jan.deboer@demoland.example',
      consents: { neighbourhoodCheck: true, wantsDecision: false },
      registeredAddress: { street: 'Lindelaan', houseNumber: 12, houseNumberAddition: '2', postcode: '1234 AB', city: 'Demoland' },
      pendingEmail: null,
      policies: ['read', 'update', 'refreshAddress'],
    });
    expect(response.body).not.toContain('999990019');
    const sanne = await readProfile('sanne', demo, 'jan');
    expect(sanne.json()).toMatchObject({ bsnMasked: '******019', policies: ['read', 'refreshAddress'] });
    expect(sanne.body).not.toContain('999990019');
    expect(t.logs()).not.toContain('999990019');
  });

  it('every read is in the audit log as a field-level read of the profile', async () => {
    const before = (await auditOf('jan')).filter((row) => row.action === 'read').length;
    await readProfile('sanne', demo, 'jan');
    const reads = (await auditOf('jan')).filter((row) => row.action === 'read');
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({ actor_person_id: demo.people.get('sanne'), details: { fields: 'profile' }, on_behalf_of_person_id: null });
  });
});

describe('changing contact details', () => {
  it('a bad phone number is refused naming the field, and nothing changes', async () => {
    const before = await current('jan');
    const auditBefore = (await auditOf('jan')).filter((row) => row.action === 'update').length;
    const response = await saveDetails('jan', 'jan', { ...details(before), phone: '06-CALL-ME', mobilePhone: '12' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'phone', code: 'invalidFormat', message: expect.stringContaining('telefoonnummer') }),
        expect.objectContaining({ field: 'mobilePhone', code: 'invalidFormat' }),
      ]),
    );
    const after = await current('jan');
    expect(details(after)).toEqual(details(before));
    expect((await auditOf('jan')).filter((row) => row.action === 'update')).toHaveLength(auditBefore);
  });

  it('a bad e-mail address is refused naming the field', async () => {
    const before = await current('jan');
    const response = await saveDetails('jan', 'jan', { ...details(before), email: 'jan-at-home' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'email', code: 'invalidFormat' })]);
  });

  it('Jan changes his phone and consents; Sanne sees it at once; the log names the fields, not the values', async () => {
    const before = await current('jan');
    const response = await saveDetails('jan', 'jan', {
      ...details(before),
      phone: '06-87654321',
      mobilePhone: ' +31 6 1111 2222 ',
      consents: { neighbourhoodCheck: true, wantsDecision: true },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ phone: '06-87654321', mobilePhone: '+31 6 1111 2222', version: before.version + 1, emailChange: 'none' });
    const seen = (await readProfile('sanne', demo, 'jan')).json();
    expect(seen).toMatchObject({ phone: '06-87654321', mobilePhone: '+31 6 1111 2222', consents: { wantsDecision: true }, pendingEmail: null });
    const updates = (await auditOf('jan')).filter((row) => row.action === 'update');
    expect(updates.map((row) => row.field)).toEqual(['phone', 'mobilePhone', 'consents.wantsDecision']);
    expect(JSON.stringify(updates)).not.toContain('87654321');
  });

  it('a stale version is refused with 409 and the current values; nothing is overwritten', async () => {
    const before = await current('jan');
    const response = await saveDetails('jan', 'jan', { ...details(before), version: before.version - 1, phone: '0123 999 999' });
    expect(response.statusCode).toBe(409);
    expect(response.json().current).toEqual(details(before));
    expect((await current('jan')).phone).toBe(before.phone);
  });

  it('clearing the e-mail address of someone who signs in with it is refused', async () => {
    const before = await current('jan');
    const response = await saveDetails('jan', 'jan', { ...details(before), email: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'email', code: 'required' })]);
  });

  it('Karin, Emma’s guardian, reads and changes Emma’s profile; the log says on behalf of Emma', async () => {
    const read = await readProfile('karin', demo, 'emma');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ firstName: 'Emma', bsnMasked: '******032', policies: ['read', 'update', 'refreshAddress'] });
    const response = await saveDetails('karin', 'emma', { ...details(read.json()), mobilePhone: '06 12121212' });
    expect(response.statusCode).toBe(200);
    const rows = await auditOf('emma');
    expect(rows.at(-1)).toMatchObject({ action: 'update', field: 'mobilePhone', actor_person_id: demo.people.get('karin'), on_behalf_of_person_id: demo.people.get('emma') });
    expect(rows.filter((row) => row.action === 'read').at(-1)).toMatchObject({ on_behalf_of_person_id: demo.people.get('emma') });
  });
});

describe('the BRP address', () => {
  it('only those who may see the profile may fetch it again', async () => {
    for (const who of ['ria', 'emma', 'daan', 'kees']) {
      const response = await t.app.inject({ method: 'POST', url: `/api/residents/${demo.people.get('jan')}/registered-address/refresh`, headers: as(who) });
      expect(response.statusCode, who).toBe(404);
    }
  });

  it('the coach refreshes Jan’s address from the (fixture) BRP; it is stored with the time and audited', async () => {
    const response = await t.app.inject({ method: 'POST', url: `/api/residents/${demo.people.get('jan')}/registered-address/refresh`, headers: as('sanne') });
    expect(response.statusCode).toBe(200);
    const address = response.json().registeredAddress;
    expect(address).toMatchObject({ street: 'Lindelaan', houseNumber: 12, houseLetter: null, houseNumberAddition: '2', designation: null, postcode: '1234 AB', city: 'Demoland' });
    expect(Date.now() - Date.parse(address.refreshedAt)).toBeLessThan(60_000);
    expect(response.body).not.toContain('999990019');
    const rows = await auditOf('jan');
    expect(rows.find((row) => row.field === 'registeredAddress')).toMatchObject({ action: 'update', details: { source: 'brp', found: true } });
  });

  it('the address cannot be written through the contact details', async () => {
    const before = await current('jan');
    const response = await saveDetails('jan', 'jan', { ...details(before), registeredAddress: { street: 'Elders' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'registeredAddress', code: 'unknown' })]);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTenantArgs } from '../cli/tenant-args.js';
import { defaultCatalogue } from '../modules/dossier/default-catalogue.js';
import { inTenant, queryRows } from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { seedDemo, type DemoTenant } from '../test-support/demo.js';
import { signIn } from '../test-support/session.js';
import { createTenant, type NewTenantInput } from './create-tenant.js';
import { defaultTerms } from './defaults.js';

let t: TestApp;
let demo: DemoTenant;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
});
afterAll(() => t.close());

const noordstad: NewTenantInput = {
  slug: 'noordstad',
  name: 'Gemeente Noordstad',
  organisation: 'Gemeente Noordstad',
  adminEmail: 'beheer@noordstad.example',
  adminFirstName: 'Anouk',
  adminSurname: 'Dekker',
};

/** What a failed call must leave untouched: the tenants, and everything inside Demoland a creation could have added to. */
async function snapshot() {
  const [tenants] = await queryRows<{ count: number }>(t.database.owner, sql`select count(*)::int as count from tenant`);
  const [inside] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
    queryRows<Record<string, number>>(
      tx,
      sql`select (select count(*)::int from person) as people, (select count(*)::int from account) as accounts,
                 (select count(*)::int from invitation) as invitations, (select count(*)::int from outbound_mail) as mails,
                 (select count(*)::int from catalogue_item) as catalogue, (select count(*)::int from terms_version) as terms,
                 (select count(*)::int from organisation) as organisations, (select count(*)::int from audit_event) as audit`,
    ),
  );
  return { tenants: tenants!.count, ...inside };
}

async function refusal(input: NewTenantInput) {
  const error = await createTenant(t.app.services, input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe('validation');
  return ((error as AppError).extras.fields ?? []).map((problem) => `${problem.field}:${problem.code}`).sort();
}

describe('what the operator types', () => {
  it('the command line names what is missing and reads every option', () => {
    expect(parseTenantArgs(['--slug', 'x'])).toEqual({ error: 'Missing --name, --organisation, --admin-email, --admin-first-name, --admin-surname' });
    expect('error' in parseTenantArgs(['--slug', 'x', '--unknown', 'y'])).toBe(true);
    const args = ['--slug', 'noordstad', '--name', 'Gemeente Noordstad', '--organisation', 'Gemeente Noordstad', '--admin-email', 'a@b.example'];
    expect(parseTenantArgs([...args, '--admin-first-name', 'Anouk', '--admin-infix', 'van', '--admin-surname', 'Dekker', '--language', 'en'])).toEqual({
      input: { slug: 'noordstad', name: 'Gemeente Noordstad', organisation: 'Gemeente Noordstad', adminEmail: 'a@b.example', adminFirstName: 'Anouk', adminInfix: 'van', adminSurname: 'Dekker', language: 'en' },
    });
  });

  it('bad input is refused field by field and creates nothing', async () => {
    const before = await snapshot();
    expect(await refusal({ ...noordstad, slug: 'Noord Stad!', name: '', adminEmail: 'geen-adres', adminSurname: ' ' })).toEqual([
      'adminEmail:invalidFormat',
      'adminSurname:required',
      'name:required',
      'slug:invalidFormat',
    ]);
    expect(await refusal({ ...noordstad, language: 'de' as 'nl' })).toEqual(['language:invalid']);
    expect(await snapshot()).toEqual(before);
  });

  it('a slug in use fails cleanly at the slug and changes nothing, in Demoland or elsewhere', async () => {
    const before = await snapshot();
    expect(await refusal({ ...noordstad, slug: demo.slug })).toEqual(['slug:taken']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a new municipality', () => {
  let created: Awaited<ReturnType<typeof createTenant>>;
  const inside = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => inTenant(t.database.owner, created.tenantId, (tx) => queryRows<T>(tx, query));

  beforeAll(async () => {
    created = await createTenant(t.app.services, noordstad);
  });

  it('starts with the default catalogues, the settings row and terms version 1', async () => {
    const catalogue = await inside<{ kind: string; count: number }>(sql`select kind, count(*)::int as count from catalogue_item group by kind`);
    expect(Object.fromEntries(catalogue.map((row) => [row.kind, row.count]))).toEqual(
      Object.fromEntries(Object.entries(defaultCatalogue).map(([kind, items]) => [kind, items.length])),
    );
    const [settings] = await inside<{ count: number; digid: boolean }>(sql`select count(*)::int as count, bool_or(digid_enabled) as digid from tenant_settings`);
    expect(settings).toEqual({ count: 1, digid: false });
    const terms = await inside<{ version: number; body_nl: string }>(sql`select version, body_nl from terms_version`);
    expect(terms).toEqual([{ version: 1, body_nl: defaultTerms.bodyNl }]);
  });

  it('has its municipality and one invited functional administrator, with one invitation mail in the outbox and the creation audited', async () => {
    const accounts = await inside<{ email: string; status: string; roles: string[]; organisation: string }>(
      sql`select a.email, a.status, array_agg(r.role::text) as roles, o.name as organisation
            from account a join account_role r on r.account_id = a.id join person p on p.id = a.person_id join organisation o on o.id = p.organisation_id
           group by a.email, a.status, o.name`,
    );
    expect(accounts).toEqual([{ email: noordstad.adminEmail, status: 'invited', roles: ['functionalAdmin'], organisation: 'Gemeente Noordstad' }]);
    expect(await inside(sql`select 1 from invitation`)).toHaveLength(1);
    const mails = await inside<{ template: string; recipient: string }>(sql`select template, recipient from outbound_mail`);
    expect(mails).toEqual([{ template: 'invitation', recipient: noordstad.adminEmail }]);
    const audit = await inside<{ action: string; object_type: string }>(sql`select action, object_type from audit_event order by seq`);
    expect(audit.map((row) => `${row.action}:${row.object_type}`)).toEqual(['create:tenant', 'create:organisation', 'create:invitation', 'grant:account']);
  });

  it('sees none of Demoland’s rows, and Demoland none of its own', async () => {
    const [counts] = await inside<Record<string, number>>(
      sql`select (select count(*)::int from person) as people, (select count(*)::int from dossier) as dossiers, (select count(*)::int from organisation) as organisations,
                 (select count(*)::int from audit_event where tenant_id <> ${created.tenantId}::uuid) as foreign_audit`,
    );
    expect(counts).toEqual({ people: 1, dossiers: 0, organisations: 1, foreign_audit: 0 });
    const [demoSide] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ admins: number; catalogue: number }>(
        tx,
        sql`select (select count(*)::int from person where email = ${noordstad.adminEmail}) as admins, (select count(*)::int from catalogue_item where tenant_id = ${created.tenantId}::uuid) as catalogue`,
      ),
    );
    expect(demoSide).toEqual({ admins: 0, catalogue: 0 });
  });

  it('the administrator follows the mailed link, signs in, accepts the terms and manages only this tenant', async () => {
    await t.deliverMail();
    const mail = await t.mail.waitFor(noordstad.adminEmail, 0);
    expect(mail.text).toContain('Anouk');
    const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
    expect(mail.text).toContain('organisatie=noordstad');
    const password = 'Zeven-tulpen-op-het-plein-42';
    const accepted = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { organisation: 'noordstad', token, newPassword: password } });
    expect(accepted.statusCode, accepted.body).toBe(204);
    const session = await signIn(t, noordstad.adminEmail, password, 'noordstad');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/terms', headers: session.headers, payload: { version: 1 } })).statusCode).toBeLessThan(300);
    const staff = await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie: session.cookie } });
    expect(staff.statusCode).toBe(200);
    expect(JSON.stringify(staff.json())).toContain(noordstad.adminEmail);
    expect(JSON.stringify(staff.json())).not.toContain('demoland.example');
    const catalogue = await t.app.inject({ method: 'GET', url: '/api/catalogue', headers: { cookie: session.cookie } });
    expect(catalogue.json().contactType).toHaveLength(defaultCatalogue.contactType.length);
  });
});

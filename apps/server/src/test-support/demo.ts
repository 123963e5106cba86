import { sql } from 'drizzle-orm';
import { demoPassword, demoPeople, demoTenant } from '../demo/demo-tenant.js';
import { seedDemoTenant } from '../demo/seed.js';
import { inTenant, queryRows } from '../platform/db/index.js';
import type { Role, Subject } from '../platform/policy/index.js';
import type { TestApp } from './app.js';
import { signIn, type SignedIn } from './session.js';

export interface DemoTenant {
  tenantId: string;
  slug: string;
  /** Person id by demo key (jan, ria, sanne …), dossier id by dossier key (jan-support …). */
  people: Map<string, string>;
  dossiers: Map<string, string>;
  /** The policy subject of a demo person in one of their roles, built from the database as a session would. */
  subject: (key: string, role?: Role) => Promise<Subject>;
  /** Signs in through the real endpoints (password, then the mailed code). */
  signIn: (key: string) => Promise<SignedIn>;
}

/** Seeds Gemeente Demoland (or a copy under another slug, for other-tenant cases) into a test app's database. */
export async function seedDemo(t: TestApp, tenant = demoTenant, now = new Date()): Promise<DemoTenant> {
  await seedDemoTenant(t.database, t.cipher, { tenant, now });
  const [row] = await queryRows<{ id: string }>(t.database.owner, sql`select id from tenant where slug = ${tenant.slug}`);
  const tenantId = row!.id;
  const people = new Map<string, string>();
  const dossiers = new Map<string, string>();
  await inTenant(t.database.owner, tenantId, async (tx) => {
    const persons = await queryRows<{ id: string; email: string | null }>(tx, sql`select id, email from person`);
    for (const person of demoPeople) {
      const found = persons.find((p) => p.email === person.email);
      if (found) people.set(person.key, found.id);
    }
    const henk = persons.find((p) => p.email === 'henk.deboer@demoland.example');
    if (henk) people.set('henk', henk.id);
    const files = await queryRows<{ id: string; file_number: string }>(tx, sql`select id, file_number from dossier`);
    const { demoDossiers } = await import('../demo/demo-dossiers.js');
    for (const dossier of demoDossiers) {
      const found = files.find((f) => f.file_number === dossier.fileNumber);
      if (found) dossiers.set(dossier.key, found.id);
    }
  });
  const subject = async (key: string, role?: Role): Promise<Subject> => {
    const person = demoPeople.find((p) => p.key === key);
    if (!person) throw new Error(`no demo person ${key}`);
    return inTenant(t.database.owner, tenantId, async (tx) => {
      const [account] = await queryRows<{ id: string; person_id: string; organisation_id: string | null }>(
        tx,
        sql`select a.id, a.person_id, p.organisation_id from account a join person p on p.id = a.person_id where lower(a.email) = lower(${person.email})`,
      );
      const teams = await queryRows<{ team_id: string; is_superuser: boolean }>(
        tx,
        sql`select team_id, is_superuser from team_member where person_id = ${account!.person_id}::uuid`,
      );
      return {
        tenantId,
        accountId: account!.id,
        personId: account!.person_id,
        role: role ?? person.roles[0]!,
        organisationId: account!.organisation_id,
        teamIds: teams.map((team) => team.team_id),
        superuserOfTeamIds: teams.filter((team) => team.is_superuser).map((team) => team.team_id),
      };
    });
  };
  const signInAs = (key: string) => {
    const person = demoPeople.find((p) => p.key === key);
    if (!person) throw new Error(`no demo person ${key}`);
    if (person.firstSignIn) throw new Error(`${key} must first set a password; pick another demo person`);
    return signIn(t, person.email, demoPassword, tenant.slug);
  };
  return { tenantId, slug: tenant.slug, people, dossiers, subject, signIn: signInAs };
}

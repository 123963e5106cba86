import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import {
  accountRoles,
  accounts,
  organisations,
  people,
  teamMembers,
  teams,
  tenants,
  termsAcceptances,
  userGroupMembers,
  userGroups,
} from '../db/schema/index.js';
import { recordAudit } from '../platform/audit.js';
import type { FieldCipher } from '../platform/crypto.js';
import type { Database } from '../platform/db/index.js';
import { systemContext } from '../platform/http/context.js';
import { withNewTenant } from '../tenants/defaults.js';
import { demoEherkenningEmployees, demoKvkNumbers } from './eherkenning.js';
import { seedDemoDossiers } from './seed-dossiers.js';
import { demoOrganisations, demoPassword, demoPeople, demoTeams, demoTenant, demoTerms, demoUserGroups } from './demo-tenant.js';

export interface SeedResult {
  created: boolean;
  tenantName: string;
}

/**
 * Seeds Gemeente Demoland once. Idempotent: when the tenant exists nothing is touched. The tenant row is written by
 * the owner (tenants are not tenant-scoped); everything inside it as the application role, with its audit entry.
 */
export async function seedDemoTenant(
  database: Database,
  cipher: FieldCipher,
  options: { tenant?: { slug: string; name: string }; now?: Date } = {},
): Promise<SeedResult> {
  const tenantRow = options.tenant ?? demoTenant;
  const now = options.now ?? new Date();
  const existing = await database.owner.select().from(tenants).where(eq(tenants.slug, tenantRow.slug));
  if (existing.length > 0) return { created: false, tenantName: tenantRow.name };

  const passwordHash = await hash(demoPassword);
  // The same tenant creation and defaults as `npm run tenant:create` (tenants/defaults.ts), with the demo's terms text
  // and the stand-in DigiD and eHerkenning switched on: type a demo BSN, or a demo provider professional's e-mail.
  const defaults = { now, terms: demoTerms, settings: { digidEnabled: true, eherkenningEnabled: true } };
  await withNewTenant(database, tenantRow, defaults, async (tx, tenantId, { termsVersion }) => {
    const orgIds = new Map<string, string>();
    for (const { key, ...org } of demoOrganisations) {
      const [row] = await tx.insert(organisations).values({ ...org, tenantId, kvkNumber: demoKvkNumbers[key] ?? null }).returning({ id: organisations.id });
      orgIds.set(key, row!.id);
    }
    const teamIds = new Map<string, string>();
    for (const { key, organisation, ...team } of demoTeams) {
      const [row] = await tx.insert(teams).values({ ...team, tenantId, organisationId: orgIds.get(organisation)! }).returning({ id: teams.id });
      teamIds.set(key, row!.id);
    }
    const groupIds = new Map<string, string>();
    for (const { key, ...group } of demoUserGroups) {
      const [row] = await tx.insert(userGroups).values({ ...group, tenantId }).returning({ id: userGroups.id });
      groupIds.set(key, row!.id);
    }
    const personIds = new Map<string, string>();
    for (const person of demoPeople) {
      const organisationId = person.organisation ? orgIds.get(person.organisation)! : null;
      const [row] = await tx
        .insert(people)
        .values({
          tenantId,
          kind: person.kind,
          firstName: person.firstName,
          infix: person.infix ?? null,
          surname: person.surname,
          email: person.email,
          phone: person.phone ?? null,
          dateOfBirth: person.dateOfBirth ?? null,
          gender: person.gender ?? null,
          bsnEncrypted: person.bsn ? cipher.encrypt(person.bsn) : null,
          bsnHash: person.bsn ? cipher.lookupHash(person.bsn) : null,
          organisationId,
        })
        .returning({ id: people.id });
      const personId = row!.id;
      personIds.set(person.key, personId);
      for (const team of person.teams ?? []) {
        await tx.insert(teamMembers).values({ tenantId, teamId: teamIds.get(team)!, personId, isSuperuser: person.superuserOf === team });
      }
      for (const group of person.userGroups ?? []) {
        await tx.insert(userGroupMembers).values({ tenantId, userGroupId: groupIds.get(group)!, personId });
      }
      const [account] = await tx
        .insert(accounts)
        .values({ tenantId, personId, email: person.email, passwordHash, status: 'active', mustChangePassword: Boolean(person.firstSignIn) })
        .returning({ id: accounts.id });
      if (!person.firstSignIn) await tx.insert(termsAcceptances).values({ tenantId, accountId: account!.id, version: termsVersion });
      for (const role of person.roles) {
        const teamId = role === 'teamSuperuser' && person.superuserOf ? teamIds.get(person.superuserOf)! : null;
        await tx.insert(accountRoles).values({ tenantId, accountId: account!.id, role, organisationId, teamId });
      }
    }
    await seedDemoDossiers({ tx, tenantId, cipher, now, people: personIds, organisations: orgIds, teams: teamIds, dossiers: new Map() });
    await recordAudit(tx, systemContext(tenantId, 'demo-seed'), [
      { action: 'create', objectType: 'tenant', objectId: tenantId, reason: 'demo seed' },
    ]);
  });
  return { created: true, tenantName: tenantRow.name };
}

export function demoSignInLines(publicUrl: string): string[] {
  return [
    `Samenplan is running at ${publicUrl}`,
    `  resident portal ${publicUrl}/   client day app ${publicUrl}/dag   workspace ${publicUrl}/werk   API docs ${publicUrl}/api/docs`,
    `Demo tenant "${demoTenant.name}": every account below signs in with organisation "${demoTenant.name}" and password "${demoPassword}",`,
    `then the 6-digit code that is e-mailed: read it at ${publicUrl}/dev/mail.`,
    `DigiD (stand-in broker): ${publicUrl}/api/auth/digid/start?organisation=${demoTenant.slug}, then type the BSN of a demo resident: ${demoPeople
      .filter((p) => p.bsn)
      .map((p) => `${p.firstName} ${p.bsn}`)
      .join(', ')}.`,
    `eHerkenning (stand-in broker): ${publicUrl}/api/auth/eherkenning/start?organisation=${demoTenant.slug}, then type the e-mail of a demo provider professional: ${demoEherkenningEmployees()
      .map((employee) => employee.email)
      .join(', ')}.`,
    ...demoPeople.map((person) => `  ${person.email.padEnd(44)} ${person.label}`),
  ];
}

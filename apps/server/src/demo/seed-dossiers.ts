import { dossierProfessionals, dossierReferrals, dossierRelatives, dossiers, people } from '../db/schema/index.js';
import { dayFrom, requireId, type DemoContext } from './demo-context.js';
import { demoDossiers, demoPeopleWithoutLogin } from './demo-dossiers.js';
import { demoPartSeeders } from './parts/index.js';

/** Dossiers, the people on them and then every part seeder, in the tenant seed's transaction. */
export async function seedDemoDossiers(context: DemoContext): Promise<void> {
  const { tx, tenantId, now } = context;
  for (const { key, ...person } of demoPeopleWithoutLogin) {
    const [row] = await tx.insert(people).values({ tenantId, ...person }).returning({ id: people.id });
    context.people.set(key, row!.id);
  }
  for (const dossier of demoDossiers) {
    const [row] = await tx
      .insert(dossiers)
      .values({
        tenantId,
        residentId: requireId(context.people, dossier.resident),
        teamId: requireId(context.teams, dossier.team),
        fileNumber: dossier.fileNumber,
        registeredOn: dayFrom(now, -dossier.registeredDaysAgo),
        closedOn: dossier.closed ? dayFrom(now, -dossier.closed.daysAgo) : null,
        closingReason: dossier.closed?.reason ?? null,
        lastActivityAt: dossier.closed ? new Date(now.getTime() - dossier.closed.daysAgo * 86_400_000) : now,
      })
      .returning({ id: dossiers.id });
    const dossierId = row!.id;
    context.dossiers.set(dossier.key, dossierId);
    for (const professional of dossier.professionals) {
      await tx.insert(dossierProfessionals).values({ tenantId, dossierId, personId: requireId(context.people, professional) });
    }
    for (const relative of dossier.relatives) {
      await tx.insert(dossierRelatives).values({
        tenantId,
        dossierId,
        personId: requireId(context.people, relative.person),
        relation: relative.relation,
        level: relative.level,
        actsOnBehalf: relative.actsOnBehalf ?? false,
      });
    }
    for (const organisation of dossier.referrals) {
      await tx.insert(dossierReferrals).values({
        tenantId,
        dossierId,
        organisationId: requireId(context.organisations, organisation),
        referredOn: dayFrom(now, -Math.min(dossier.registeredDaysAgo, 20)),
      });
    }
  }
  for (const seed of demoPartSeeders) await seed(context);
}

import { and, desc, eq } from 'drizzle-orm';
import { people, planSectionRevisions, planSections } from '../../../db/schema/index.js';
import { conflict } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { planSectionPolicy } from '../policy.js';
import { changeDossier, readDossier } from './within-dossier.js';

type Kind = 'livingSituation' | 'future' | 'agreements';

/**
 * Saves a plan text section. The save names the version it was based on; when someone else saved in between, the
 * answer is 409 with their text, so two people editing never silently overwrite each other. Every version is kept.
 */
export async function savePlanSection(services: Services, ctx: RequestContext, dossierId: string, kind: Kind, input: { version: number; text: string }) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    planSectionPolicy.authorize(subject, 'update', { tenantId: subject.tenantId });
    const [current] = await tx.select().from(planSections).where(and(eq(planSections.dossierId, dossierId), eq(planSections.kind, kind)));
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.version) {
      const [by] = current?.updatedByPersonId
        ? await tx.select({ firstName: people.firstName, infix: people.infix, surname: people.surname }).from(people).where(eq(people.id, current.updatedByPersonId))
        : [];
      throw conflict({
        version: currentVersion,
        text: current ? services.cipher.decrypt(current.textEncrypted) : '',
        updatedAt: current?.updatedAt.toISOString() ?? null,
        updatedBy: by ?? null,
      });
    }
    const textEncrypted = services.cipher.encrypt(input.text);
    const version = currentVersion + 1;
    let sectionId: string;
    if (current) {
      sectionId = current.id;
      await tx
        .update(planSections)
        .set({ textEncrypted, version, updatedAt: now, updatedByPersonId: subject.personId })
        .where(and(eq(planSections.id, current.id), eq(planSections.version, currentVersion)));
    } else {
      const [row] = await tx
        .insert(planSections)
        .values({ tenantId: subject.tenantId, dossierId, kind, textEncrypted, version, updatedAt: now, createdAt: now, updatedByPersonId: subject.personId })
        .returning({ id: planSections.id });
      sectionId = row!.id;
    }
    await tx.insert(planSectionRevisions).values({ tenantId: subject.tenantId, sectionId, version, textEncrypted, changedByPersonId: subject.personId, changedAt: now });
    await audit([{ action: 'update', objectType: 'planSection', objectId: sectionId, field: kind, details: { version } }]);
    return { kind, version, updatedAt: now.toISOString() };
  });
}

/** Every earlier text of a section, newest first, with who wrote it and when. Reading it is audited. */
export async function planSectionHistory(services: Services, ctx: RequestContext, dossierId: string, kind: Kind) {
  return readDossier(services, ctx, dossierId, async ({ tx, subject, audit }) => {
    planSectionPolicy.authorize(subject, 'read', { tenantId: subject.tenantId });
    const [section] = await tx.select().from(planSections).where(and(eq(planSections.dossierId, dossierId), eq(planSections.kind, kind)));
    if (!section) return [];
    const rows = await tx
      .select({
        version: planSectionRevisions.version,
        textEncrypted: planSectionRevisions.textEncrypted,
        changedAt: planSectionRevisions.changedAt,
        firstName: people.firstName,
        infix: people.infix,
        surname: people.surname,
      })
      .from(planSectionRevisions)
      .leftJoin(people, eq(people.id, planSectionRevisions.changedByPersonId))
      .where(eq(planSectionRevisions.sectionId, section.id))
      .orderBy(desc(planSectionRevisions.version));
    await audit([{ action: 'read', objectType: 'planSection', objectId: section.id, field: kind, details: { history: true } }]);
    return rows.map((row) => ({
      version: row.version,
      text: services.cipher.decrypt(row.textEncrypted),
      changedAt: row.changedAt.toISOString(),
      changedBy: row.firstName ? { firstName: row.firstName, infix: row.infix, surname: row.surname! } : null,
    }));
  });
}

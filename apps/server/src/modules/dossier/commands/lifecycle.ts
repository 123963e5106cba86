import { and, eq, sql } from 'drizzle-orm';
import { breakGlassGrants, dossierProfessionals, dossiers, people, teams } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, queryRows } from '../../../platform/db/index.js';
import { conflict, forbidden, notFound, validation } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { isValidBsn } from '../../people/index.js';
import { loadDossierAccess } from '../access.js';
import { requireCatalogueCode } from '../catalogue.js';
import { breakGlassPolicy, dossierCreationPolicy, dossierPolicy } from '../policy.js';
import { changeDossier } from './within-dossier.js';

export interface NewResident {
  firstName: string;
  infix?: string | null | undefined;
  surname: string;
  dateOfBirth?: string | null | undefined;
  bsn?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

/**
 * A coach opens a dossier in their team, for a known resident or a new one. A new resident with a BSN that is
 * already known is the same person: the dossier is added to them, never a duplicate person.
 */
export async function openDossier(
  services: Services,
  ctx: RequestContext,
  input: { teamId: string; registeredOn: string; residentId?: string | undefined; newResident?: NewResident | undefined },
) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  if (input.newResident?.bsn && !isValidBsn(input.newResident.bsn)) throw validation([{ field: 'newResident.bsn', code: 'invalid' }]);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const [team] = await tx.select().from(teams).where(eq(teams.id, input.teamId));
    if (!team) throw validation([{ field: 'teamId', code: 'unknown' }]);
    // Teams are no secret inside a tenant: another team's is a refusal (403), not an absence.
    if (!dossierCreationPolicy.can(subject, 'create', { tenantId: team.tenantId, teamId: team.id })) throw forbidden();
    let residentId = input.residentId ?? null;
    if (residentId) {
      const [resident] = await tx.select().from(people).where(and(eq(people.id, residentId), eq(people.kind, 'resident')));
      if (!resident) throw validation([{ field: 'residentId', code: 'unknown' }]);
    } else {
      const fresh = input.newResident!;
      const bsnHash = fresh.bsn ? services.cipher.lookupHash(fresh.bsn) : null;
      const [known] = bsnHash ? await tx.select({ id: people.id }).from(people).where(eq(people.bsnHash, bsnHash)) : [];
      residentId =
        known?.id ??
        (
          await tx
            .insert(people)
            .values({
              tenantId: subject.tenantId,
              kind: 'resident',
              firstName: fresh.firstName,
              infix: fresh.infix ?? null,
              surname: fresh.surname,
              dateOfBirth: fresh.dateOfBirth ?? null,
              email: fresh.email ?? null,
              phone: fresh.phone ?? null,
              bsnEncrypted: fresh.bsn ? services.cipher.encrypt(fresh.bsn) : null,
              bsnHash,
            })
            .returning({ id: people.id })
        )[0]!.id;
    }
    const year = input.registeredOn.slice(0, 4);
    const prefix = team.teamType === 'youth' ? 'WTJ' : 'WT';
    const [{ next } = { next: 1 }] = await queryRows<{ next: number }>(
      tx,
      sql`select count(*)::int + 1 as next from dossier where file_number like ${`${prefix}-${year}-%`}`,
    );
    const [row] = await tx
      .insert(dossiers)
      .values({
        tenantId: subject.tenantId,
        residentId,
        teamId: team.id,
        fileNumber: `${prefix}-${year}-${String(next).padStart(4, '0')}`,
        registeredOn: input.registeredOn,
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: dossiers.id, fileNumber: dossiers.fileNumber });
    await tx.insert(dossierProfessionals).values({ tenantId: subject.tenantId, dossierId: row!.id, personId: subject.personId });
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'dossier', objectId: row!.id, residentId }]);
    return { id: row!.id, fileNumber: row!.fileNumber, residentId };
  });
}

/** Closing freezes the dossier: after this every part is read-only for everyone. */
export async function closeDossier(services: Services, ctx: RequestContext, dossierId: string, input: { version: number; closedOn: string; closingReason: string }) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    dossierPolicy.authorize(subject, 'close', { tenantId: subject.tenantId });
    const [current] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId));
    if (current!.version !== input.version) throw conflict({ version: current!.version, closedOn: current!.closedOn });
    const reason = await requireCatalogueCode(tx, 'closingReason', input.closingReason, 'closingReason');
    if (input.closedOn < current!.registeredOn) throw validation([{ field: 'closedOn', code: 'invalid' }]);
    await tx
      .update(dossiers)
      .set({ closedOn: input.closedOn, closingReason: ctx.language === 'en' ? reason.labelEn : reason.labelNl, version: current!.version + 1, updatedAt: now })
      .where(and(eq(dossiers.id, dossierId), eq(dossiers.version, input.version)));
    await audit([{ action: 'update', objectType: 'dossier', objectId: dossierId, field: 'closedOn', details: { reason: input.closingReason } }]);
    return { version: current!.version + 1 };
  });
}

const breakGlassHours = 8;

/**
 * *Doorbraak*: opens a dossier outside one's reach for eight hours. The reason is stored with the grant and in the
 * audit log, where the resident reads it in *Wie heeft mijn gegevens bekeken*.
 */
export async function breakGlass(services: Services, ctx: RequestContext, dossierId: string, reason: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const access = await loadDossierAccess(tx, subject, dossierId, now);
    if (!access) throw notFound();
    breakGlassPolicy.authorize(subject, 'create', { tenantId: access.tenantId });
    const expiresAt = new Date(now.getTime() + breakGlassHours * 3_600_000);
    await tx.insert(breakGlassGrants).values({ tenantId: subject.tenantId, dossierId, personId: subject.personId, reason, expiresAt, createdAt: now });
    await recordAudit(tx, ctx, [{ action: 'grant', objectType: 'breakGlass', objectId: dossierId, residentId: access.residentId, reason }]);
    return { expiresAt: expiresAt.toISOString() };
  });
}

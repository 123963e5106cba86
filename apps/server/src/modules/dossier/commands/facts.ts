import { and, eq, isNull } from 'drizzle-orm';
import { involvedParties, specialistServices } from '../../../db/schema/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Tx } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierFactPolicy } from '../policy.js';
import { changeDossier } from './within-dossier.js';

export interface ServiceInput {
  product: string;
  supplier: string;
  startsOn?: string | null | undefined;
  endsOn?: string | null | undefined;
  status: 'requested' | 'granted' | 'refused' | 'ended';
}
export interface InvolvedPartyInput {
  name: string;
  contactName?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}

const dates = (input: ServiceInput) => ({ startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null });

export async function saveService(services: Services, ctx: RequestContext, dossierId: string, serviceId: string | null, input: ServiceInput & { version?: number }) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    const part = { tenantId: subject.tenantId };
    if (!serviceId) {
      dossierFactPolicy.authorize(subject, 'create', part);
      const [row] = await tx
        .insert(specialistServices)
        .values({ ...part, dossierId, product: input.product, supplier: input.supplier, status: input.status, ...dates(input), createdAt: now, updatedAt: now })
        .returning({ id: specialistServices.id, version: specialistServices.version });
      await audit([{ action: 'create', objectType: 'specialistService', objectId: row!.id }]);
      return row!;
    }
    const [current] = await tx.select().from(specialistServices).where(and(eq(specialistServices.id, serviceId), eq(specialistServices.dossierId, dossierId)));
    if (!current) throw notFound();
    dossierFactPolicy.authorize(subject, 'update', part);
    if (current.version !== input.version) throw conflict({ version: current.version, product: current.product, status: current.status });
    await tx
      .update(specialistServices)
      .set({ product: input.product, supplier: input.supplier, status: input.status, ...dates(input), version: current.version + 1, updatedAt: now })
      .where(and(eq(specialistServices.id, serviceId), eq(specialistServices.version, current.version)));
    await audit([{ action: 'update', objectType: 'specialistService', objectId: serviceId, details: { status: input.status } }]);
    return { id: serviceId, version: current.version + 1 };
  });
}

export async function removeService(services: Services, ctx: RequestContext, dossierId: string, serviceId: string, version: number) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, audit }) => {
    const [current] = await tx.select().from(specialistServices).where(and(eq(specialistServices.id, serviceId), eq(specialistServices.dossierId, dossierId)));
    if (!current) throw notFound();
    dossierFactPolicy.authorize(subject, 'delete', { tenantId: subject.tenantId });
    if (current.version !== version) throw conflict({ version: current.version, product: current.product, status: current.status });
    await tx.delete(specialistServices).where(and(eq(specialistServices.id, serviceId), eq(specialistServices.version, version)));
    await audit([{ action: 'delete', objectType: 'specialistService', objectId: serviceId }]);
  });
}

export async function saveInvolvedParty(
  services: Services,
  ctx: RequestContext,
  dossierId: string,
  partyId: string | null,
  input: InvolvedPartyInput & { version?: number },
) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    const part = { tenantId: subject.tenantId };
    const values = { name: input.name, contactName: input.contactName ?? null, phone: input.phone ?? null, email: input.email ?? null };
    if (!partyId) {
      dossierFactPolicy.authorize(subject, 'create', part);
      const [row] = await tx
        .insert(involvedParties)
        .values({ ...part, dossierId, ...values, createdAt: now, updatedAt: now })
        .returning({ id: involvedParties.id, version: involvedParties.version });
      await audit([{ action: 'create', objectType: 'involvedParty', objectId: row!.id }]);
      return row!;
    }
    const current = await findParty(tx, dossierId, partyId);
    dossierFactPolicy.authorize(subject, 'update', part);
    if (current.version !== input.version) throw conflict({ version: current.version, ...values, name: current.name });
    await tx
      .update(involvedParties)
      .set({ ...values, version: current.version + 1, updatedAt: now })
      .where(and(eq(involvedParties.id, partyId), eq(involvedParties.version, current.version)));
    await audit([{ action: 'update', objectType: 'involvedParty', objectId: partyId }]);
    return { id: partyId, version: current.version + 1 };
  });
}

async function findParty(tx: Tx, dossierId: string, partyId: string) {
  const [current] = await tx
    .select()
    .from(involvedParties)
    .where(and(eq(involvedParties.id, partyId), eq(involvedParties.dossierId, dossierId), isNull(involvedParties.removedAt)));
  if (!current) throw notFound();
  return current;
}

export async function removeInvolvedParty(services: Services, ctx: RequestContext, dossierId: string, partyId: string, version: number) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    const current = await findParty(tx, dossierId, partyId);
    dossierFactPolicy.authorize(subject, 'delete', { tenantId: subject.tenantId });
    if (current.version !== version) throw conflict({ version: current.version, name: current.name });
    await tx
      .update(involvedParties)
      .set({ removedAt: now, version: current.version + 1, updatedAt: now })
      .where(and(eq(involvedParties.id, partyId), eq(involvedParties.version, version)));
    await audit([{ action: 'delete', objectType: 'involvedParty', objectId: partyId }]);
  });
}

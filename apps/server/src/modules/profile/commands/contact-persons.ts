import { and, eq } from 'drizzle-orm';
import { contactPersons } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { contactPersonPolicy, type ResidentPart } from '../policy.js';
import { presentContactPerson } from '../presenter.js';
import { findContactPerson, onBehalf, requireResidentPart } from '../repository.js';
import { blankToNull } from '../values.js';

export interface ContactPersonInput {
  name: string;
  kind: 'gp' | 'pharmacy' | 'carer' | 'family' | 'neighbour' | 'other';
  phone?: string | null;
  mobilePhone?: string | null;
  email?: string | null;
}

const valuesOf = (input: ContactPersonInput) => ({
  name: input.name.trim(),
  kind: input.kind,
  phone: blankToNull(input.phone),
  mobilePhone: blankToNull(input.mobilePhone),
  email: blankToNull(input.email),
});

/** Opens a resident's contact persons for one action: 404 for those who may not see them, 403 when they only may see. */
async function withResident<T>(
  services: Services,
  ctx: RequestContext,
  personId: string,
  action: 'create' | 'update' | 'delete',
  work: (tx: Tx, audit: RequestContext, part: ResidentPart) => Promise<T>,
): Promise<T> {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const part = await requireResidentPart(tx, subject, personId, now);
    contactPersonPolicy.authorize(subject, action, part);
    return work(tx, onBehalf(ctx, subject, part), part);
  });
}

export async function createContactPerson(services: Services, ctx: RequestContext, personId: string, input: ContactPersonInput) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return withResident(services, ctx, personId, 'create', async (tx, audit, part) => {
    const [row] = await tx
      .insert(contactPersons)
      .values({ tenantId: subject.tenantId, residentId: personId, ...valuesOf(input), createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, audit, [{ action: 'create', objectType: 'contactPerson', objectId: row!.id, residentId: personId }]);
    return presentContactPerson(subject, part, row!);
  });
}

export async function updateContactPerson(services: Services, ctx: RequestContext, personId: string, id: string, input: ContactPersonInput & { version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return withResident(services, ctx, personId, 'update', async (tx, audit, part) => {
    const current = await findContactPerson(tx, personId, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict(presentContactPerson(subject, part, current));
    const next = valuesOf(input);
    const changed = (Object.keys(next) as Array<keyof typeof next>).filter((field) => next[field] !== current[field]);
    if (changed.length === 0) return presentContactPerson(subject, part, current);
    const [row] = await tx
      .update(contactPersons)
      .set({ ...next, version: current.version + 1, updatedAt: now })
      .where(and(eq(contactPersons.id, id), eq(contactPersons.version, current.version)))
      .returning();
    await recordAudit(
      tx,
      audit,
      changed.map((field) => ({ action: 'update' as const, objectType: 'contactPerson', objectId: id, residentId: personId, field })),
    );
    return presentContactPerson(subject, part, row!);
  });
}

/** Soft delete: the row stays for the audit trail, the resident no longer sees it. */
export async function removeContactPerson(services: Services, ctx: RequestContext, personId: string, id: string, version: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await withResident(services, ctx, personId, 'delete', async (tx, audit, part) => {
    const current = await findContactPerson(tx, personId, id);
    if (!current) throw notFound();
    if (current.version !== version) throw conflict(presentContactPerson(subject, part, current));
    await tx
      .update(contactPersons)
      .set({ removedAt: now, version: current.version + 1, updatedAt: now })
      .where(and(eq(contactPersons.id, id), eq(contactPersons.version, current.version)));
    await recordAudit(tx, audit, [{ action: 'delete', objectType: 'contactPerson', objectId: id, residentId: personId }]);
  });
}

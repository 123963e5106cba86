import { and, eq } from 'drizzle-orm';
import { journalEntries } from '../../../db/schema/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { hasRelation, caseWorkers } from '../access.js';
import { requireCatalogueCode } from '../catalogue.js';
import { journalPolicy } from '../policy.js';
import { changeDossier } from './within-dossier.js';

export interface JournalInput {
  occurredOn: string;
  contactType: string;
  lifeDomain?: string | null | undefined;
  note: string;
  visibleToResident: boolean;
}

/**
 * A contact note. A relative who may add writes notes marked as theirs and always visible to the resident: a note
 * about someone that they cannot read would be written behind their back.
 */
export async function addJournalEntry(services: Services, ctx: RequestContext, dossierId: string, input: JournalInput) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    const professional = hasRelation(subject, caseWorkers);
    const visibleToResident = professional ? input.visibleToResident : true;
    journalPolicy.authorize(subject, 'create', { tenantId: subject.tenantId, visibleToResident, authorPersonId: subject.personId });
    await requireCatalogueCode(tx, 'contactType', input.contactType, 'contactType');
    if (input.lifeDomain) await requireCatalogueCode(tx, 'lifeDomain', input.lifeDomain, 'lifeDomain');
    const [row] = await tx
      .insert(journalEntries)
      .values({
        tenantId: subject.tenantId,
        dossierId,
        occurredOn: input.occurredOn,
        authorPersonId: subject.personId,
        authorKind: professional ? 'professional' : 'relative',
        contactType: input.contactType,
        lifeDomain: input.lifeDomain ?? null,
        noteEncrypted: services.cipher.encrypt(input.note),
        visibleToResident,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: journalEntries.id, version: journalEntries.version });
    await audit([{ action: 'create', objectType: 'journalEntry', objectId: row!.id, details: { visibleToResident } }]);
    return row!;
  });
}

/** The author corrects a note; a stale version is a conflict with the current text, never an overwrite. */
export async function updateJournalEntry(services: Services, ctx: RequestContext, dossierId: string, entryId: string, input: JournalInput & { version: number }) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    const [entry] = await tx.select().from(journalEntries).where(and(eq(journalEntries.id, entryId), eq(journalEntries.dossierId, dossierId)));
    if (!entry) throw notFound();
    journalPolicy.authorize(subject, 'update', { tenantId: entry.tenantId, visibleToResident: entry.visibleToResident, authorPersonId: entry.authorPersonId });
    if (entry.version !== input.version) {
      throw conflict({ version: entry.version, note: services.cipher.decrypt(entry.noteEncrypted), occurredOn: entry.occurredOn });
    }
    await requireCatalogueCode(tx, 'contactType', input.contactType, 'contactType');
    if (input.lifeDomain) await requireCatalogueCode(tx, 'lifeDomain', input.lifeDomain, 'lifeDomain');
    const visibleToResident = entry.authorKind === 'professional' ? input.visibleToResident : true;
    await tx
      .update(journalEntries)
      .set({
        occurredOn: input.occurredOn,
        contactType: input.contactType,
        lifeDomain: input.lifeDomain ?? null,
        noteEncrypted: services.cipher.encrypt(input.note),
        visibleToResident,
        version: entry.version + 1,
        updatedAt: now,
      })
      .where(and(eq(journalEntries.id, entryId), eq(journalEntries.version, input.version)));
    await audit([{ action: 'update', objectType: 'journalEntry', objectId: entryId, details: { visibleToResident } }]);
    return { id: entryId, version: entry.version + 1 };
  });
}

import { eq } from 'drizzle-orm';
import { people, residentProfiles } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import type { RegisteredAddressSource } from '../brp/index.js';
import { profilePolicy } from '../policy.js';
import { presentProfile } from '../presenter.js';
import { ensureProfileRow, loadProfile, onBehalf, requireResidentPart } from '../repository.js';

/**
 * Fetches the address from the BRP and stores it with the time of fetching. The lookup runs between two short
 * transactions, so a slow register holds no database connection; the second one checks access again.
 */
export async function refreshRegisteredAddress(services: Services, ctx: RequestContext, personId: string, source: RegisteredAddressSource) {
  const subject = subjectOf(ctx);
  const bsn = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const part = await requireResidentPart(tx, subject, personId, services.clock());
    profilePolicy.authorize(subject, 'refreshAddress', part);
    const [person] = await tx.select({ bsnEncrypted: people.bsnEncrypted }).from(people).where(eq(people.id, personId));
    return person?.bsnEncrypted ? services.cipher.decrypt(person.bsnEncrypted) : null;
  });
  const address = bsn ? await source.lookup(bsn) : null;
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const part = await requireResidentPart(tx, subject, personId, now);
    profilePolicy.authorize(subject, 'refreshAddress', part);
    await ensureProfileRow(tx, subject.tenantId, personId);
    await tx
      .update(residentProfiles)
      .set({
        street: address?.street ?? null,
        houseNumber: address?.houseNumber ?? null,
        houseLetter: address?.houseLetter ?? null,
        houseNumberAddition: address?.houseNumberAddition ?? null,
        designation: address?.designation ?? null,
        postcode: address?.postcode ?? null,
        city: address?.city ?? null,
        addressRefreshedAt: now,
        updatedAt: now,
      })
      .where(eq(residentProfiles.personId, personId));
    const row = await loadProfile(tx, part, now);
    await recordAudit(tx, onBehalf(ctx, subject, part), [
      { action: 'update', objectType: 'profile', objectId: personId, residentId: personId, field: 'registeredAddress', details: { source: 'brp', found: address !== null } },
      { action: 'read', objectType: 'profile', objectId: personId, residentId: personId, details: { fields: 'profile' } },
    ]);
    return presentProfile(subject, part, row, services.cipher);
  });
}

import { contactPersons, residentProfiles } from '../../db/schema/index.js';
import { fixtureAddressSource } from '../../modules/profile/index.js';
import { demoPeople } from '../demo-tenant.js';
import { requireId, type DemoContext } from '../demo-context.js';

const profiles: Array<{ person: string; mobilePhone: string | null; neighbourhoodCheck: boolean; wantsDecision: boolean; refreshedDaysAgo: number }> = [
  { person: 'jan', mobilePhone: null, neighbourhoodCheck: true, wantsDecision: false, refreshedDaysAgo: 30 },
  { person: 'emma', mobilePhone: null, neighbourhoodCheck: true, wantsDecision: false, refreshedDaysAgo: 60 },
  { person: 'mohamed', mobilePhone: '06 11223344', neighbourhoodCheck: true, wantsDecision: true, refreshedDaysAgo: 28 },
];

const contacts: Array<{ person: string; name: string; kind: 'gp' | 'pharmacy' | 'carer' | 'family' | 'neighbour' | 'other'; phone?: string; mobilePhone?: string; email?: string }> = [
  { person: 'jan', name: 'Huisartsenpraktijk De Brink, dokter Verhoef', kind: 'gp', phone: '0123 456 111', email: 'assistente@debrink.example' },
  { person: 'jan', name: 'Apotheek Demoland', kind: 'pharmacy', phone: '0123 456 222' },
  { person: 'jan', name: 'Ria de Boer-Smits', kind: 'carer', mobilePhone: '06 23456789', email: 'ria.deboer@demoland.example' },
  { person: 'emma', name: 'Meneer Kok, mentor Demoland College', kind: 'other', phone: '0123 456 333', email: 'mentor@demolandcollege.example' },
];

/** Profiles with the BRP address from the local fixture, consents and contact persons of the demo residents. */
export async function seedProfiles(context: DemoContext): Promise<void> {
  const { tx, tenantId, now } = context;
  for (const entry of profiles) {
    const personId = requireId(context.people, entry.person);
    const bsn = demoPeople.find((person) => person.key === entry.person)?.bsn;
    const address = bsn ? await fixtureAddressSource.lookup(bsn) : null;
    const values = {
      mobilePhone: entry.mobilePhone,
      consentNeighbourhoodCheck: entry.neighbourhoodCheck,
      wantsDecision: entry.wantsDecision,
      street: address?.street ?? null,
      houseNumber: address?.houseNumber ?? null,
      houseLetter: address?.houseLetter ?? null,
      houseNumberAddition: address?.houseNumberAddition ?? null,
      designation: address?.designation ?? null,
      postcode: address?.postcode ?? null,
      city: address?.city ?? null,
      addressRefreshedAt: address ? new Date(now.getTime() - entry.refreshedDaysAgo * 86_400_000) : null,
    };
    // Another part (planning) may have made the row already, e.g. to mark a residential location.
    await tx
      .insert(residentProfiles)
      .values({ tenantId, personId, ...values })
      .onConflictDoUpdate({ target: [residentProfiles.tenantId, residentProfiles.personId], set: values });
  }
  // One second apart, so the list shows them in the order they are written here.
  for (const [index, { person, ...contact }] of contacts.entries()) {
    const createdAt = new Date(now.getTime() - (contacts.length - index) * 1000);
    await tx.insert(contactPersons).values({ tenantId, residentId: requireId(context.people, person), ...contact, createdAt, updatedAt: createdAt });
  }
}

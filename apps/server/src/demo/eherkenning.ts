import { demoOrganisations, demoPeople } from './demo-tenant.js';

type DemoOrganisationKey = (typeof demoOrganisations)[number]['key'];

/**
 * The KvK (Chamber of Commerce) numbers of the demo provider organisations, seeded into `organisation.kvk_number`:
 * the stand-in broker issues them with each eHerkenning identity, and the app finds the organisation by that column.
 */
export const demoKvkNumbers: Readonly<Partial<Record<DemoOrganisationKey, string>>> = {
  linde: '41234567',
  anker: '42345678',
};

/** The stand-in broker's eHerkenning identities: every demo provider professional, by e-mail, with the KvK number. */
export function demoEherkenningEmployees(): { email: string; kvk: string }[] {
  return demoPeople.flatMap((person) => {
    const kvk = person.organisation ? demoKvkNumbers[person.organisation] : undefined;
    return kvk && person.roles.includes('providerProfessional') ? [{ email: person.email, kvk }] : [];
  });
}

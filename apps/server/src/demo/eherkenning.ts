import { demoOrganisations, demoPeople } from './demo-tenant.js';

/**
 * eHerkenning for the demo provider organisations. Organisations have no KvK column (no schema change in this step),
 * so the KvK number → organisation name register lives here: the stand-in broker issues these numbers and the app
 * maps them back to the organisation of the same name in the tenant. A real deployment needs `organisation.kvk_number`.
 */
export const demoKvkNumbers: Readonly<Record<string, string>> = {
  '41234567': 'Thuiszorg De Linde',
  '42345678': 'Begeleiding Het Anker',
};

/** The organisation name the KvK number stands for, or null when the register does not know it. */
export function organisationNameForKvk(kvk: string): string | null {
  return Object.hasOwn(demoKvkNumbers, kvk) ? demoKvkNumbers[kvk]! : null;
}

/** The stand-in broker's eHerkenning identities: every demo provider professional, by e-mail, with the KvK number. */
export function demoEherkenningEmployees(): { email: string; kvk: string }[] {
  return demoPeople.flatMap((person) => {
    const organisation = demoOrganisations.find((org) => org.key === person.organisation && org.kind === 'provider');
    const kvk = organisation && Object.entries(demoKvkNumbers).find(([, name]) => name === organisation.name)?.[0];
    return kvk && person.roles.includes('providerProfessional') ? [{ email: person.email, kvk }] : [];
  });
}

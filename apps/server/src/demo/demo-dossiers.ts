/**
 * The dossiers of Gemeente Demoland and who stands where to them. Keys refer to demo-tenant.ts; the parts
 * (journal, documents, messages, planning …) are seeded by demo/parts/*.ts from these keys.
 */
export interface DemoDossier {
  key: string;
  resident: string;
  team: 'volwassenen' | 'jeugd';
  fileNumber: string;
  registeredDaysAgo: number;
  closed?: { daysAgo: number; reason: string };
  professionals: string[];
  relatives: Array<{ person: string; relation: string; level: 'none' | 'informed' | 'view' | 'write'; actsOnBehalf?: boolean }>;
  referrals: string[];
}

export const demoDossiers: DemoDossier[] = [
  {
    key: 'jan-support',
    resident: 'jan',
    team: 'volwassenen',
    fileNumber: 'WT-2026-0101',
    registeredDaysAgo: 120,
    professionals: ['sanne'],
    relatives: [
      { person: 'ria', relation: 'Echtgenote', level: 'view' },
      { person: 'henk', relation: 'Zoon', level: 'informed' },
    ],
    referrals: ['linde'],
  },
  {
    key: 'jan-debts',
    resident: 'jan',
    team: 'volwassenen',
    fileNumber: 'WT-2025-0877',
    registeredDaysAgo: 540,
    closed: { daysAgo: 200, reason: 'Doelen behaald' },
    professionals: ['lotte'],
    relatives: [{ person: 'ria', relation: 'Echtgenote', level: 'view' }],
    referrals: [],
  },
  {
    key: 'emma-youth',
    resident: 'emma',
    team: 'jeugd',
    fileNumber: 'WTJ-2026-0042',
    registeredDaysAgo: 60,
    professionals: ['daan'],
    relatives: [{ person: 'karin', relation: 'Moeder', level: 'write', actsOnBehalf: true }],
    referrals: ['anker'],
  },
  {
    key: 'emma-school',
    resident: 'emma',
    team: 'jeugd',
    fileNumber: 'WTJ-2025-0310',
    registeredDaysAgo: 400,
    closed: { daysAgo: 150, reason: 'Overgedragen aan andere organisatie' },
    professionals: ['daan'],
    relatives: [{ person: 'karin', relation: 'Moeder', level: 'write', actsOnBehalf: true }],
    referrals: [],
  },
  {
    key: 'mohamed-wmo',
    resident: 'mohamed',
    team: 'volwassenen',
    fileNumber: 'WT-2026-0188',
    registeredDaysAgo: 30,
    professionals: ['sanne', 'fatima'],
    relatives: [],
    referrals: ['linde', 'anker'],
  },
];

/** Relatives listed on a dossier who have no login (level `informed` gets notices by e-mail only). */
export const demoPeopleWithoutLogin = [
  { key: 'henk', kind: 'relative' as const, firstName: 'Henk', infix: 'de', surname: 'Boer', email: 'henk.deboer@demoland.example', phone: '06 67890123' },
];

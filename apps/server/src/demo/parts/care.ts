import { careReports, visits } from '../../db/schema/index.js';
import { addDays, fromLocal, localParts, monthBounds, monthOf } from '../../modules/care/time-blocks.js';
import { requireId, type DemoContext } from '../demo-context.js';

type Kind = 'personalCare' | 'householdHelp' | 'nursing' | 'support';

/**
 * A week of care, repeated over this month and the next: [dossier, provider, weekday (0 = Sunday), start, end,
 * kind, first names by week parity, staff member's demo key]. Together the visits fill all seven time blocks.
 */
const weekPattern: Array<[dossier: string, provider: string, days: number[], start: string, end: string, kind: Kind, names: [string, string], person?: string]> = [
  ['jan-support', 'linde', [0, 1, 2, 3, 4, 5, 6], '07:30', '08:15', 'personalCare', ['Anouk', 'Yvonne'] /* vroege ochtend: wassen en aankleden */],
  ['jan-support', 'linde', [1, 4], '10:00', '10:30', 'nursing', ['Kees', 'Kees'], 'kees' /* ochtend: wondzorg */],
  ['jan-support', 'linde', [3], '09:30', '11:30', 'householdHelp', ['Ilse', 'Ilse'] /* ochtend: huishoudelijke hulp (Wmo) */],
  ['jan-support', 'linde', [3], '13:00', '13:20', 'nursing', ['Yvonne', 'Anouk'] /* middag: steunkousen */],
  ['jan-support', 'linde', [5], '16:00', '16:45', 'personalCare', ['Bram', 'Bram'] /* namiddag: douchen */],
  ['jan-support', 'linde', [2, 6], '19:00', '19:30', 'personalCare', ['Fleur', 'Sem'] /* avond */],
  ['jan-support', 'linde', [0, 1, 2, 3, 4, 5, 6], '21:30', '22:00', 'personalCare', ['Fleur', 'Sem'] /* late avond: naar bed */],
  ['jan-support', 'linde', [0], '03:00', '03:15', 'nursing', ['Sem', 'Fleur'] /* nacht: controle */],
  ['mohamed-wmo', 'linde', [2], '09:30', '11:30', 'householdHelp', ['Ilse', 'Ilse']],
  ['mohamed-wmo', 'anker', [4], '14:00', '15:00', 'support', ['Noor', 'Noor'], 'noor'],
  ['mohamed-wmo', 'anker', [1], '16:00', '17:00', 'support', ['Noor', 'Noor'], 'noor'],
];

const reports: Array<[dossier: string, author: string, provider: string, daysAgo: number, time: string, visible: boolean, text: string]> = [
  ['jan-support', 'kees', 'linde', 34, '10:20', true, 'Eerste bezoek. Kennisgemaakt met Jan en Ria. Afspraken gemaakt over de ochtendzorg.'],
  ['jan-support', 'kees', 'linde', 30, '08:05', true, 'Jan wilde zelf zijn steunkousen aantrekken. Dat lukte met een beetje hulp.'],
  ['jan-support', 'kees', 'linde', 27, '10:25', true, 'Wond aan het linkerscheenbeen schoongemaakt en verbonden. Jan had weinig pijn.'],
  ['jan-support', 'kees', 'linde', 20, '10:15', true, 'De wond geneest goed. Jan loopt met de rollator naar de keuken.'],
  ['jan-support', 'kees', 'linde', 16, '16:40', false, 'Overleg met de huisarts over de pijnstilling. Wacht op terugbellen.'],
  ['jan-support', 'kees', 'linde', 13, '10:30', true, 'Wond bijna dicht. Verband nog twee keer per week.'],
  ['jan-support', 'kees', 'linde', 9, '08:10', true, 'Jan heeft zelf zijn overhemd aangetrokken. Hij was er trots op.'],
  ['jan-support', 'kees', 'linde', 6, '10:20', false, 'Ria geeft aan dat ze moe is. Respijtzorg bespreken met de coach.'],
  ['jan-support', 'kees', 'linde', 3, '10:10', true, 'Wond is dicht. Vanaf volgende week alleen nog controle op maandag.'],
  ['jan-support', 'kees', 'linde', 1, '21:50', true, 'Jan sliep al bijna toen we kwamen. Rustige avond.'],
  ['mohamed-wmo', 'kees', 'linde', 12, '11:30', true, 'Eerste keer huishoudelijke hulp. Keuken en badkamer schoongemaakt.'],
  ['mohamed-wmo', 'kees', 'linde', 5, '11:25', true, 'Bed verschoond en gestofzuigd. Mohamed kan zelf de afwas doen.'],
  ['mohamed-wmo', 'noor', 'anker', 10, '15:00', true, 'Samen de post doorgenomen. Twee brieven van de zorgverzekeraar beantwoord.'],
  ['mohamed-wmo', 'noor', 'anker', 3, '16:55', false, 'Mohamed maakt zich zorgen over zijn werk. Volgende keer verder over praten.'],
];

/** The planning of this month and the next in every time block, and care reports of the last five weeks. */
export async function seedCare(context: DemoContext): Promise<void> {
  const { tx, tenantId, cipher, now } = context;
  const thisMonth = monthOf(now);
  const { to: nextMonthStart } = monthBounds(thisMonth);
  const { to: end } = monthBounds(monthOf(nextMonthStart));
  const rows: Array<typeof visits.$inferInsert> = [];
  for (let date = `${thisMonth}-01`; fromLocal(date, '00:00')! < end; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const week = Math.floor(Number(date.slice(8, 10)) / 7) % 2;
    for (const [dossier, provider, days, start, finish, kind, names, person] of weekPattern) {
      if (!days.includes(weekday)) continue;
      const startsAt = fromLocal(date, start);
      const endsAt = fromLocal(date, finish);
      if (!startsAt || !endsAt) continue; // the hour skipped when summer time starts
      rows.push({
        tenantId,
        dossierId: requireId(context.dossiers, dossier),
        organisationId: requireId(context.organisations, provider),
        professionalPersonId: person ? requireId(context.people, person) : null,
        professionalFirstName: names[week]!,
        kind,
        startsAt,
        endsAt,
      });
    }
  }
  await tx.insert(visits).values(rows);

  const today = localParts(now).date;
  await tx.insert(careReports).values(
    reports.map(([dossier, author, provider, daysAgo, time, visibleToResident, text]) => ({
      tenantId,
      dossierId: requireId(context.dossiers, dossier),
      organisationId: requireId(context.organisations, provider),
      authorPersonId: requireId(context.people, author),
      writtenAt: fromLocal(addDays(today, -daysAgo), time) ?? now,
      textEncrypted: cipher.encrypt(text),
      visibleToResident,
    })),
  );
}

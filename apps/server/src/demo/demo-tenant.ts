import { defaultTerms } from '../tenants/defaults.js';

/** Gemeente Demoland: who is in it. Fictional people; BSNs are from the 99999xxxx test range and pass the elfproef. */
export const demoTenant = { slug: 'demoland', name: 'Gemeente Demoland' };

export const demoOrganisations = [
  { key: 'municipality', kind: 'municipality', name: 'Gemeente Demoland', phone: '14 0123', email: 'info@demoland.example' },
  { key: 'wijkteam', kind: 'neighbourhoodTeam', name: 'Wijkteams Demoland', phone: '0123 456 700', email: 'wijkteam@demoland.example' },
  { key: 'linde', kind: 'provider', name: 'Thuiszorg De Linde', phone: '0123 456 800', email: 'zorg@delinde.example' },
  { key: 'anker', kind: 'provider', name: 'Begeleiding Het Anker', phone: '0123 456 900', email: 'info@hetanker.example' },
] as const;

export const demoTeams = [
  { key: 'volwassenen', organisation: 'wijkteam', name: 'WT Volwassenen', teamType: 'adults' },
  { key: 'jeugd', organisation: 'wijkteam', name: 'WT Jeugd', teamType: 'youth' },
] as const;

export const demoUserGroups = [
  { key: 'coaches', name: 'Wijkteam coaches', description: 'Coaches van de wijkteams' },
  { key: 'consultants', name: 'Consulenten Wmo', description: 'Procesbegeleiders toegang van de gemeente' },
  { key: 'providers', name: 'Aanbieders', description: 'Medewerkers van gecontracteerde aanbieders' },
  { key: 'admins', name: 'Functioneel beheer', description: 'Sjablonen, gebruikersgroepen en instellingen' },
] as const;

type DemoRole = 'resident' | 'relative' | 'coach' | 'consultant' | 'providerProfessional' | 'teamSuperuser' | 'functionalAdmin';

export interface DemoPerson {
  key: string;
  kind: 'resident' | 'relative' | 'professional';
  firstName: string;
  infix?: string;
  surname: string;
  email: string;
  phone?: string;
  dateOfBirth?: string;
  gender?: string;
  bsn?: string;
  organisation?: (typeof demoOrganisations)[number]['key'];
  teams?: (typeof demoTeams)[number]['key'][];
  superuserOf?: (typeof demoTeams)[number]['key'];
  userGroups?: (typeof demoUserGroups)[number]['key'][];
  roles: DemoRole[];
  /** How this person signs in, in the start-up message. */
  label: string;
  /** Shows the first sign-in: a new password, then the terms of use. */
  firstSignIn?: boolean;
}

export const demoPeople: DemoPerson[] = [
  { key: 'jan', kind: 'resident', firstName: 'Jan', infix: 'de', surname: 'Boer', email: 'jan.deboer@demoland.example', phone: '06 12345678', dateOfBirth: '1958-03-14', gender: 'man', bsn: '999990019', roles: ['resident'], label: 'inwoner (resident)' },
  { key: 'ria', kind: 'relative', firstName: 'Ria', infix: 'de', surname: 'Boer-Smits', email: 'ria.deboer@demoland.example', phone: '06 23456789', roles: ['relative'], label: 'naaste, echtgenote van Jan (relative)' },
  { key: 'emma', kind: 'resident', firstName: 'Emma', surname: 'Smit', email: 'emma.smit@demoland.example', phone: '06 34567890', dateOfBirth: '2011-09-02', gender: 'vrouw', bsn: '999990032', roles: ['resident'], label: 'inwoner, jeugd (resident)' },
  { key: 'karin', kind: 'relative', firstName: 'Karin', surname: 'Smit', email: 'karin.smit@demoland.example', phone: '06 45678901', roles: ['relative'], label: 'naaste, moeder van Emma (relative)' },
  { key: 'mohamed', kind: 'resident', firstName: 'Mohamed', surname: 'Yilmaz', email: 'mohamed.yilmaz@demoland.example', phone: '06 56789012', dateOfBirth: '1984-06-21', gender: 'man', bsn: '999990044', roles: ['resident'], label: 'inwoner, Wmo (resident) — eerste keer inloggen: nieuw wachtwoord en voorwaarden', firstSignIn: true },
  { key: 'sanne', kind: 'professional', firstName: 'Sanne', infix: 'de', surname: 'Vries', email: 'sanne.devries@wijkteam.demoland.example', phone: '0123 456 701', organisation: 'wijkteam', teams: ['volwassenen'], userGroups: ['coaches'], roles: ['coach'], label: 'coach WT Volwassenen (coach)' },
  { key: 'daan', kind: 'professional', firstName: 'Daan', surname: 'Bakker', email: 'daan.bakker@wijkteam.demoland.example', phone: '0123 456 702', organisation: 'wijkteam', teams: ['jeugd'], userGroups: ['coaches'], roles: ['coach'], label: 'coach WT Jeugd (coach)' },
  { key: 'lotte', kind: 'professional', firstName: 'Lotte', surname: 'Visser', email: 'lotte.visser@wijkteam.demoland.example', phone: '0123 456 703', organisation: 'wijkteam', teams: ['volwassenen'], superuserOf: 'volwassenen', userGroups: ['coaches'], roles: ['coach', 'teamSuperuser'], label: 'aanjager WT Volwassenen (teamSuperuser)' },
  { key: 'fatima', kind: 'professional', firstName: 'Fatima', infix: 'el', surname: 'Amrani', email: 'fatima.elamrani@demoland.example', phone: '0123 456 704', organisation: 'municipality', userGroups: ['consultants'], roles: ['consultant'], label: 'consulent Wmo (consultant)' },
  { key: 'kees', kind: 'professional', firstName: 'Kees', surname: 'Mulder', email: 'kees.mulder@delinde.example', phone: '0123 456 801', organisation: 'linde', userGroups: ['providers'], roles: ['providerProfessional'], label: 'aanbieder Thuiszorg De Linde (providerProfessional)' },
  { key: 'noor', kind: 'professional', firstName: 'Noor', surname: 'Hendriks', email: 'noor.hendriks@hetanker.example', phone: '0123 456 901', organisation: 'anker', userGroups: ['providers'], roles: ['providerProfessional'], label: 'aanbieder Begeleiding Het Anker (providerProfessional)' },
  { key: 'wim', kind: 'professional', firstName: 'Wim', surname: 'Kok', email: 'wim.kok@demoland.example', phone: '0123 456 706', organisation: 'municipality', userGroups: ['consultants'], roles: ['consultant'], label: 'consulent Wmo zonder dossiers (consultant)' },
  { key: 'bram', kind: 'professional', firstName: 'Bram', infix: 'de', surname: 'Wit', email: 'bram.dewit@hetanker.example', phone: '0123 456 902', organisation: 'anker', userGroups: ['providers'], roles: ['providerProfessional'], label: 'aanbieder Begeleiding Het Anker (providerProfessional)' },
  { key: 'peter', kind: 'professional', firstName: 'Peter', surname: 'Jansen', email: 'peter.jansen@demoland.example', phone: '0123 456 705', organisation: 'municipality', userGroups: ['admins'], roles: ['functionalAdmin'], label: 'functioneel beheer (functionalAdmin)' },
  // Last in the list (tests take the first six): a second first sign-in, for the English pass of that journey, since
  // Mohamed's can happen only once per server run. Not on a dossier yet, so no other demo shows her.
  { key: 'yara', kind: 'relative', firstName: 'Yara', surname: 'Yilmaz', email: 'yara.yilmaz@demoland.example', phone: '06 78901234', roles: ['relative'], label: 'naaste zonder dossier (relative) — eerste keer inloggen: nieuw wachtwoord en voorwaarden', firstSignIn: true },
];

/** The demo password of every demo account; printed at start-up, never used outside the demo. */
export const demoPassword = 'Demoland-samen-2026';

/** The demo's terms of use: the default first version every new municipality gets. */
export const demoTerms = { version: 1, ...defaultTerms };

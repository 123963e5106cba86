import type { Level, Name, Relation } from '../api';

/**
 * "14 maart 2026" for a calendar date (yyyy-mm-dd). The date is read as a day, not as midnight UTC, so it never
 * shifts to the day before in a time zone west of Greenwich.
 */
export function formatDay(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

/** "14 maart 2026 om 10:12" for a moment, in the reader's own time zone. */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "10:12" for a moment, in the reader's own time zone. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso));
}

/** "Jan de Boer": first name, infix, surname. */
export function fullName(name: Name): string {
  return [name.firstName, name.infix, name.surname].filter(Boolean).join(' ');
}

/** Today as yyyy-mm-dd in the reader's time zone, to compare with planned dates. */
export function today(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type OwnStanding = 'resident' | 'guardian' | 'write' | 'view' | 'professional' | 'other';

/**
 * How the visitor stands to a dossier, for the line a relative sees ("You may look along"). A resident's own
 * relation wins; a guardian acts for the resident, which says more than their level.
 */
export function ownStanding(relations: readonly Relation[] | readonly string[]): OwnStanding {
  const has = (relation: Relation) => (relations as readonly string[]).includes(relation);
  if (has('resident')) return 'resident';
  if (has('guardian')) return 'guardian';
  if (has('relativeWrite')) return 'write';
  if (has('relativeView')) return 'view';
  if (has('teamProfessional') || has('namedProfessional') || has('breakGlass') || has('provider')) return 'professional';
  return 'other';
}

/** The translation key of an access level in words. A guardian acts on behalf of the resident, whatever the level. */
export function levelKey(level: Level, actsOnBehalf: boolean) {
  if (actsOnBehalf) return 'level.guardian' as const;
  return `level.${level}` as const;
}

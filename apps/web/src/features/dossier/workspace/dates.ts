/**
 * Dates as people type them in the workspace: dd-mm-jjjj (also with / or . and without leading zeros), or the ISO
 * form a browser may paste. The server speaks ISO (yyyy-mm-dd) only.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date for what was typed, or null when it is not a real date ("31-02-2026", "morgen"). */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (dutch) return isoOf(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/**
 * What a form sends for a date field: null when left empty, the ISO date when it parses, otherwise the text as typed
 * so the server names the field (and the form shows the expected format there).
 */
export function dateForServer(text: string): string | null {
  if (!text.trim()) return null;
  return parseDateInput(text) ?? text.trim();
}

/** An ISO date (yyyy-mm-dd) in the form people type it: dd-mm-jjjj. */
export function toDateInput(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

/** Today in local time as dd-mm-jjjj, the default of registration, contact and closing dates. */
export function todayInput(now = new Date()): string {
  return `${pad(now.getDate())}-${pad(now.getMonth() + 1)}-${now.getFullYear()}`;
}

const locale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'nl-NL');

/** 14-03-1958 (Dutch) or 14/03/1958 (English): compact enough for a table column. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

/** A moment (ISO timestamp) as date and time in the reader's language and time zone. */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/** A date the server requires: left out when empty, so the server answers "required" for the field. */
export function requiredDate(text: string): string {
  // Typed as a string for the request body; JSON leaves the undefined out.
  return (dateForServer(text) ?? undefined) as string;
}

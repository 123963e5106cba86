/**
 * Dates and times of the planning are Dutch wall-clock time, whatever the browser's own time zone: a coordinator
 * abroad or a test browser in UTC must see and enter the same 07:30 as the resident.
 */
export const planningTimeZone = 'Europe/Amsterdam';

export const timeBlocks = ['night', 'earlyMorning', 'morning', 'afternoon', 'lateAfternoon', 'evening', 'lateEvening'] as const;
export type TimeBlock = (typeof timeBlocks)[number];

/** The hours of each block as seed 003 writes them (starts every five minutes). */
export const blockHours: Record<TimeBlock, [string, string]> = {
  earlyMorning: ['06:00', '08:55'],
  morning: ['09:00', '11:55'],
  afternoon: ['12:00', '14:55'],
  lateAfternoon: ['15:00', '17:55'],
  evening: ['18:00', '20:55'],
  lateEvening: ['21:00', '23:55'],
  night: ['00:00', '05:55'],
};

const locale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'nl-NL');

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: planningTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Dutch local date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant. */
export function localDateTime(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The instant Dutch clocks show this date and time; `null` in the hour skipped when summer time starts. */
export function fromLocal(date: string, time: string): Date | null {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  if ([y, mo, d, h, mi].some((n) => Number.isNaN(n))) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    const seen = localDateTime(candidate);
    if (seen.date === date && seen.time === time) return candidate;
  }
  return null;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export const currentMonth = (now = new Date()) => localDateTime(now).date.slice(0, 7);
export const today = (now = new Date()) => localDateTime(now).date;

export const isMonth = (value: string | null): value is string => value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(y, m - 1 + delta, 1));
  return shifted.toISOString().slice(0, 7);
}

/** "november 2026" */
export function monthLabel(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** "maandag 2 november" */
export function dayLabel(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** "07:30" in Dutch time */
export const clock = (iso: string) => localDateTime(new Date(iso)).time;

/** "2 november 2026, 10:20" in Dutch time */
export function dateTimeLabel(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: planningTimeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "2 november 2026" in Dutch time */
export function dateLabel(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: planningTimeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

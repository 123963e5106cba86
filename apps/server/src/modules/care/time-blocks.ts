/**
 * The seven time blocks (*dagdelen*) of the planning (seed 003), in Dutch local time. A visit belongs to the block
 * its start falls in. The seed names the last start in each block (…08:55) because plans are made in steps of five
 * minutes; any minute up to the next block's first hour counts, so 08:59 is still early morning.
 */
export const timeBlocks = ['night', 'earlyMorning', 'morning', 'afternoon', 'lateAfternoon', 'evening', 'lateEvening'] as const;
export type TimeBlock = (typeof timeBlocks)[number];

/** First hour of each block in local time; a block runs until the next one's first hour. */
const firstHour: Record<TimeBlock, number> = { night: 0, earlyMorning: 6, morning: 9, afternoon: 12, lateAfternoon: 15, evening: 18, lateEvening: 21 };

export const planningTimeZone = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: planningTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export interface LocalParts {
  /** `YYYY-MM-DD` */
  date: string;
  hour: number;
  minute: number;
}

/** The wall-clock date and time in the Netherlands at this instant (summer and winter time included). */
export function localParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

export function timeBlockOf(instant: Date): TimeBlock {
  const { hour } = localParts(instant);
  let found: TimeBlock = 'night';
  for (const block of timeBlocks) if (hour >= firstHour[block]) found = block;
  return found;
}

/**
 * The instant at which Dutch clocks show this date and time, or `null` when they never do (the hour skipped when
 * summer time starts). In the hour that happens twice when summer time ends, the first (summer-time) one is meant.
 * The Netherlands is one or two hours ahead of UTC, so those are the only two candidates to try.
 */
export function fromLocal(date: string, time: string): Date | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [, y, mo, d] = dateMatch.map(Number) as [number, number, number, number];
  const [, h, mi] = timeMatch.map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * 3_600_000);
    const seen = localParts(candidate);
    if (seen.date === date && seen.hour === h && seen.minute === mi) return candidate;
  }
  return null;
}

/** Whether `YYYY-MM-DD` names a day that exists (no 31 April). */
export function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** `YYYY-MM-DD` plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instants a month `YYYY-MM` spans in Dutch time: from its first midnight up to (not including) the next month's. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: fromLocal(`${month}-01`, '00:00')!, to: fromLocal(`${next}-01`, '00:00')! };
}

/** The month (`YYYY-MM`) an instant falls in, in Dutch time. */
export function monthOf(instant: Date): string {
  return localParts(instant).date.slice(0, 7);
}

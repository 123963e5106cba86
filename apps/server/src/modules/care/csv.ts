import { parse, type Info } from 'csv-parse/sync';
import type { FieldProblem } from '../../platform/errors.js';
import { addDays, fromLocal, isRealDate } from './time-blocks.js';
import type { visitKinds } from './schema.js';

/** Columns of a planning file, as Dutch staff name them in Excel. */
export const importColumns = ['datum', 'begintijd', 'eindtijd', 'soort', 'medewerker'] as const;
export const maxImportRows = 2000;
export const maxVisitHours = 12;

const kindByLabel: Record<string, (typeof visitKinds)[number]> = {
  'persoonlijke verzorging': 'personalCare',
  'huishoudelijke hulp': 'householdHelp',
  verpleging: 'nursing',
  begeleiding: 'support',
};

export interface ImportedVisit {
  kind: (typeof visitKinds)[number];
  professionalFirstName: string;
  startsAt: Date;
  endsAt: Date;
}

export type ImportResult = { ok: true; visits: ImportedVisit[] } | { ok: false; problems: FieldProblem[] };

/**
 * A file from Excel: UTF-8 when saved as "CSV UTF-8", else Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)").
 * A byte sequence that is not valid UTF-8 can only be the latter.
 */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `d-m-jjjj` (Dutch Excel leaves out leading zeros) to `YYYY-MM-DD`; `null` when it is not written so. */
function isoDate(value: string): string | null {
  const match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  if (!match) return null;
  return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** `h:mm`, `hh:mm` or Excel's `hh:mm:ss` (seconds 00) to `HH:MM`; `null` when it is no time of day. */
function clockTime(value: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/**
 * Start and end of one visit from a date and two clock times. An end time before the start time means the visit
 * ends the next day (a night visit from 23:00 to 07:00), as planning systems export it; a visit lasts at most
 * twelve hours. Returns the problem (the column and its code) when there is one.
 */
export function visitTimes(date: string, start: string, end: string): { startsAt: Date; endsAt: Date } | { problem: 'begintijd' | 'eindtijd'; code: FieldProblem['code'] } {
  const startsAt = fromLocal(date, start);
  if (!startsAt) return { problem: 'begintijd', code: 'invalid' };
  const endsAt = end > start ? fromLocal(date, end) : fromLocal(addDays(date, 1), end);
  if (!endsAt || end === start) return { problem: 'eindtijd', code: 'invalid' };
  // Past twelve hours an end before the start is far likelier a typing error than a night visit.
  if (endsAt.getTime() - startsAt.getTime() > maxVisitHours * 3_600_000) return { problem: 'eindtijd', code: end > start ? 'tooLong' : 'invalid' };
  return { startsAt, endsAt };
}

function checkRow(cells: Record<(typeof importColumns)[number], string>, row: number, problems: FieldProblem[]): ImportedVisit | null {
  const before = problems.length;
  const add = (column: (typeof importColumns)[number], code: FieldProblem['code']) => problems.push({ field: `rows[${row}].${column}`, code });
  const date = isoDate(cells.datum);
  if (!cells.datum) add('datum', 'required');
  else if (!date) add('datum', 'invalidFormat');
  else if (!isRealDate(date)) add('datum', 'invalid');
  const start = clockTime(cells.begintijd);
  if (!cells.begintijd) add('begintijd', 'required');
  else if (!start) add('begintijd', 'invalidFormat');
  const end = clockTime(cells.eindtijd);
  if (!cells.eindtijd) add('eindtijd', 'required');
  else if (!end) add('eindtijd', 'invalidFormat');
  const kind = kindByLabel[cells.soort.toLowerCase().replace(/\s+/g, ' ')];
  if (!cells.soort) add('soort', 'required');
  else if (!kind) add('soort', 'invalid');
  if (!cells.medewerker) add('medewerker', 'required');
  else if (cells.medewerker.length > 60) add('medewerker', 'tooLong');
  if (problems.length > before || !date || !start || !end || !kind) return null;
  if (!isRealDate(date)) return null;
  const times = visitTimes(date, start, end);
  if ('problem' in times) {
    add(times.problem, times.code);
    return null;
  }
  return { kind, professionalFirstName: cells.medewerker, ...times };
}

/**
 * Reads a planning file with the header `datum;begintijd;eindtijd;soort;medewerker` (`;` as Dutch Excel writes it,
 * `,` also understood). All or nothing: every problem is reported, as `rows[n].column` where n is the line in the
 * file (the header is line 1, as in the spreadsheet).
 */
export function readPlanningCsv(text: string): ImportResult {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: Array<{ record: string[]; info: Info }>;
  try {
    records = parse(text, { delimiter, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as Array<{
      record: string[];
      info: Info;
    }>;
  } catch {
    return { ok: false, problems: [{ field: 'file', code: 'invalidFormat' }] };
  }
  const [header, ...rows] = records;
  const names = (header?.record ?? []).map((name) => name.toLowerCase());
  const missing = importColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, problems: missing.map((column) => ({ field: `header.${column}`, code: 'required' as const })) };
  const data = rows.filter(({ record }) => record.some((cell) => cell !== ''));
  if (data.length === 0) return { ok: false, problems: [{ field: 'rows', code: 'required' }] };
  if (data.length > maxImportRows) return { ok: false, problems: [{ field: 'rows', code: 'tooLong' }] };
  const problems: FieldProblem[] = [];
  const visits: ImportedVisit[] = [];
  for (const { record, info } of data) {
    const cells = Object.fromEntries(importColumns.map((column) => [column, record[names.indexOf(column)] ?? ''])) as Record<(typeof importColumns)[number], string>;
    const visit = checkRow(cells, info.lines, problems);
    if (visit) visits.push(visit);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, visits };
}

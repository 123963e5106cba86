import { describe, expect, it } from 'vitest';
import { dateForServer, formatDate, parseDateInput, requiredDate, toDateInput, todayInput } from './dates';

describe('typed dates', () => {
  it.each([
    ['05-01-2026', '2026-01-05'],
    ['5-1-2026', '2026-01-05'],
    ['05/01/2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    [' 29-02-2024 ', '2024-02-29'],
    ['2026-01-05', '2026-01-05'],
  ])('reads %s as %s', (typed, iso) => {
    expect(parseDateInput(typed)).toBe(iso);
  });

  it.each(['31-02-2026', '29-02-2025', '00-01-2026', '05-13-2026', '05-01-26', 'morgen', '', '2026-1-5', '05-01-2026x'])(
    'refuses %j',
    (typed) => {
      expect(parseDateInput(typed)).toBeNull();
    },
  );

  it('sends null for an empty optional date, ISO for a real one, and the text as typed otherwise (the server names the field)', () => {
    expect(dateForServer('  ')).toBeNull();
    expect(dateForServer('5-1-2026')).toBe('2026-01-05');
    expect(dateForServer('31-02-2026')).toBe('31-02-2026');
  });

  it('leaves an empty required date out of the body, so the server answers "required"', () => {
    expect(JSON.stringify({ closedOn: requiredDate('') })).toBe('{}');
    expect(requiredDate('01-12-2026')).toBe('2026-12-01');
  });

  it('shows ISO dates the way people type them, and today as the default', () => {
    expect(toDateInput('1958-03-14')).toBe('14-03-1958');
    expect(toDateInput(null)).toBe('');
    expect(todayInput(new Date(2026, 0, 5, 23, 59))).toBe('05-01-2026');
    expect(parseDateInput(todayInput())).not.toBeNull();
  });

  it('formats a date for a table column in the reader’s language, whatever the time zone', () => {
    expect(formatDate('1958-03-14', 'nl')).toBe('14-03-1958');
    expect(formatDate('1958-03-14', 'en')).toBe('14/03/1958');
    expect(formatDate(null, 'nl')).toBe('');
  });
});

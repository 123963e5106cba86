import { describe, expect, it } from 'vitest';
import { clock, currentMonth, dayLabel, fromLocal, localDateTime, monthLabel, shiftMonth } from './time';

describe('planning time in the browser', () => {
  it('turns Dutch wall-clock time into an instant in winter, in summer and around the clock changes', () => {
    expect(fromLocal('2026-01-14', '07:30')?.toISOString()).toBe('2026-01-14T06:30:00.000Z');
    expect(fromLocal('2026-07-01', '07:30')?.toISOString()).toBe('2026-07-01T05:30:00.000Z');
    expect(fromLocal('2026-03-29', '02:30')).toBeNull();
    expect(fromLocal('2026-10-25', '02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('shows instants in Dutch time and names months and days', () => {
    expect(localDateTime(new Date('2026-03-31T22:30:00Z'))).toEqual({ date: '2026-04-01', time: '00:30' });
    expect(clock('2026-07-01T05:30:00.000Z')).toBe('07:30');
    expect(currentMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthLabel('2026-11', 'nl')).toBe('november 2026');
    expect(monthLabel('2026-11', 'en')).toBe('November 2026');
    expect(dayLabel('2026-11-02', 'nl')).toBe('maandag 2 november');
  });
});

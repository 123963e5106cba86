import { describe, expect, it } from 'vitest';
import { addDays, fromLocal, isRealDate, localParts, monthBounds, monthOf, timeBlockOf } from './time-blocks.js';

const at = (iso: string) => timeBlockOf(new Date(iso));

describe('time blocks in Dutch local time (seed 003)', () => {
  it('puts each boundary minute in the right block (winter time, UTC+1)', () => {
    expect(at('2026-01-14T04:59:00Z')).toBe('night'); // 05:59
    expect(at('2026-01-14T05:00:00Z')).toBe('earlyMorning'); // 06:00
    expect(at('2026-01-14T07:55:00Z')).toBe('earlyMorning'); // 08:55
    expect(at('2026-01-14T07:59:00Z')).toBe('earlyMorning'); // 08:59
    expect(at('2026-01-14T08:00:00Z')).toBe('morning'); // 09:00
    expect(at('2026-01-14T10:59:00Z')).toBe('morning'); // 11:59
    expect(at('2026-01-14T11:00:00Z')).toBe('afternoon'); // 12:00
    expect(at('2026-01-14T13:59:00Z')).toBe('afternoon'); // 14:59
    expect(at('2026-01-14T14:00:00Z')).toBe('lateAfternoon'); // 15:00
    expect(at('2026-01-14T16:59:00Z')).toBe('lateAfternoon'); // 17:59
    expect(at('2026-01-14T17:00:00Z')).toBe('evening'); // 18:00
    expect(at('2026-01-14T19:59:00Z')).toBe('evening'); // 20:59
    expect(at('2026-01-14T20:00:00Z')).toBe('lateEvening'); // 21:00
    expect(at('2026-01-14T22:59:00Z')).toBe('lateEvening'); // 23:59
    expect(at('2026-01-14T23:00:00Z')).toBe('night'); // 00:00 of the 15th
  });

  it('uses summer time (UTC+2) in summer: the same UTC minute lands an hour later on the clock', () => {
    expect(at('2026-07-01T03:59:00Z')).toBe('night'); // 05:59
    expect(at('2026-07-01T04:00:00Z')).toBe('earlyMorning'); // 06:00
    expect(at('2026-07-01T06:59:00Z')).toBe('earlyMorning'); // 08:59
    expect(at('2026-07-01T07:00:00Z')).toBe('morning'); // 09:00
    expect(at('2026-01-14T04:00:00Z')).toBe('night'); // the same UTC time in winter is 05:00
  });

  it('follows the clock on the day summer time starts (29 March 2026, 02:00 → 03:00)', () => {
    expect(localParts(new Date('2026-03-29T00:59:00Z'))).toEqual({ date: '2026-03-29', hour: 1, minute: 59 });
    expect(localParts(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', hour: 3, minute: 0 });
    expect(at('2026-03-29T03:59:00Z')).toBe('night'); // 05:59 CEST
    expect(at('2026-03-29T04:00:00Z')).toBe('earlyMorning'); // 06:00 CEST
    expect(at('2026-03-28T04:59:00Z')).toBe('night'); // the day before: 05:59 CET
    expect(at('2026-03-28T05:00:00Z')).toBe('earlyMorning');
  });

  it('follows the clock on the day summer time ends (25 October 2026, 03:00 → 02:00)', () => {
    expect(at('2026-10-25T03:59:00Z')).toBe('night'); // 04:59 CET
    expect(at('2026-10-25T04:59:00Z')).toBe('night'); // 05:59 CET
    expect(at('2026-10-25T05:00:00Z')).toBe('earlyMorning'); // 06:00 CET
    expect(at('2026-10-24T04:00:00Z')).toBe('earlyMorning'); // the day before: 06:00 CEST
  });
});

describe('Dutch wall-clock time to an instant', () => {
  it('knows the offset in winter and summer', () => {
    expect(fromLocal('2026-01-14', '06:00')?.toISOString()).toBe('2026-01-14T05:00:00.000Z');
    expect(fromLocal('2026-07-01', '06:00')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('refuses the hour that does not exist when summer time starts, and takes the first of the doubled hour', () => {
    expect(fromLocal('2026-03-29', '02:30')).toBeNull();
    expect(fromLocal('2026-03-29', '03:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(fromLocal('2026-10-25', '02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromLocal('2026-10-25', '03:00')?.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(fromLocal('2026-02-30', '10:00')).toBeNull();
    expect(fromLocal('2026-01-14', '24:00')).toBeNull();
    expect(fromLocal('14-01-2026', '10:00')).toBeNull();
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
  });

  it('spans whole Dutch months, also over a change of clock', () => {
    const march = monthBounds('2026-03');
    expect(march.from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(march.to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    const december = monthBounds('2026-12');
    expect(december.to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(monthOf(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normaliseSearch, pageCount, readCaseloadParams, toCaseloadQuery, writeCaseloadParams } from './caseload-query';
import { useDebouncedValue } from './useDebouncedValue';

describe('caseload state in the address bar', () => {
  it('reads defaults from a bare /werk: my open dossiers, page 1', () => {
    expect(readCaseloadParams(new URLSearchParams())).toEqual({ scope: 'mine', status: 'open', q: '', page: 1 });
  });

  it('reads every part and ignores values it does not know', () => {
    expect(readCaseloadParams(new URLSearchParams('scope=team&status=all&q=boer&page=3'))).toEqual({ scope: 'team', status: 'all', q: 'boer', page: 3 });
    expect(readCaseloadParams(new URLSearchParams('scope=everyone&status=gone&page=-2'))).toEqual({ scope: 'mine', status: 'open', q: '', page: 1 });
    expect(readCaseloadParams(new URLSearchParams('page=1.5')).page).toBe(1);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(writeCaseloadParams({ scope: 'mine', status: 'open', q: '  ', page: 1 }).toString()).toBe('');
    const state = { scope: 'tenant' as const, status: 'closed' as const, q: 'de Boer', page: 2 };
    const written = writeCaseloadParams(state);
    expect(written.toString()).toBe('scope=tenant&status=closed&q=de+Boer&page=2');
    expect(readCaseloadParams(written)).toEqual(state);
  });
});

describe('the caseload request', () => {
  it('trims and collapses spaces, and leaves q out when empty', () => {
    expect(normaliseSearch('  de   boer ')).toBe('de boer');
    expect(toCaseloadQuery({ scope: 'team', status: 'open', q: '   ', page: 2 })).toEqual({ scope: 'team', status: 'open', page: 2, pageSize: 25 });
    expect(toCaseloadQuery({ scope: 'mine', status: 'all', q: ' 14-03-1958 ', page: 1 })).toEqual({
      scope: 'mine',
      status: 'all',
      page: 1,
      pageSize: 25,
      q: '14-03-1958',
    });
  });

  it('asks nothing outside my team until the search has three characters (spaces around it do not count)', () => {
    expect(toCaseloadQuery({ scope: 'tenant', status: 'open', q: '', page: 1 })).toBeNull();
    expect(toCaseloadQuery({ scope: 'tenant', status: 'open', q: '  ja  ', page: 1 })).toBeNull();
    expect(toCaseloadQuery({ scope: 'tenant', status: 'open', q: 'jan', page: 1 })?.q).toBe('jan');
  });

  it('counts pages of 25, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
    expect(pageCount(40)).toBe(2);
  });
});

describe('useDebouncedValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes a value on only after typing has paused for the delay', () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 300), { initialProps: { value: '' } });
    rerender({ value: 'B' });
    act(() => void vi.advanceTimersByTime(200));
    rerender({ value: 'Bo' });
    act(() => void vi.advanceTimersByTime(200));
    rerender({ value: 'Boe' });
    act(() => void vi.advanceTimersByTime(299));
    expect(result.current).toBe('');
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe('Boe');
  });
});

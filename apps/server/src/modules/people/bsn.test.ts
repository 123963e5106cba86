import { describe, expect, it } from 'vitest';
import { isValidBsn, maskBsn } from './bsn.js';

describe('BSN', () => {
  it('rejects numbers that fail the elfproef or are not nine digits', () => {
    for (const bad of ['999990018', '12345678', '1234567890', '00000000a', '000000000', '']) expect(isValidBsn(bad)).toBe(false);
  });
  it('accepts valid numbers', () => {
    for (const good of ['999990019', '999990032', '111222333']) expect(isValidBsn(good)).toBe(true);
  });
  it('shows only the last three digits', () => {
    expect(maskBsn('999990019')).toBe('******019');
  });
});

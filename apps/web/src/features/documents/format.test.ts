import { describe, expect, it } from 'vitest';
import { formatDate, formatSize, personName, typeKey } from './format';

describe('how a document is described in the list', () => {
  it('names the sniffed type in everyday words, and anything unknown as a file', () => {
    expect(typeKey('application/pdf')).toBe('type.pdf');
    expect(typeKey('image/heif')).toBe('type.heic');
    expect(typeKey('application/x-msdownload')).toBe('type.other');
  });

  it('gives sizes in kB under a megabyte and MB above, in the reader’s language', () => {
    expect(formatSize(200, 'nl')).toBe('1 kB');
    expect(formatSize(2048, 'en')).toBe('2 kB');
    expect(formatSize(2.5 * 1024 * 1024, 'nl')).toBe('2,5 MB');
    expect(formatSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });

  it('writes dates and names as people read them', () => {
    expect(formatDate('2026-03-14T10:00:00Z', 'nl')).toBe('14 maart 2026');
    expect(formatDate('2026-03-14T10:00:00Z', 'en', 'short')).toBe('Mar 14, 2026');
    expect(personName({ firstName: 'Jan', infix: 'de', surname: 'Boer', kind: 'resident' })).toBe('Jan de Boer');
    expect(personName({ firstName: 'Emma', infix: null, surname: 'Smit', kind: 'resident' })).toBe('Emma Smit');
  });
});

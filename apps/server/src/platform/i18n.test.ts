import { describe, expect, it } from 'vitest';
import { languageFrom, messageCatalogue } from './i18n.js';

describe('server texts', () => {
  it('has every key in Dutch and English, none empty', () => {
    expect(Object.keys(messageCatalogue.en).sort()).toEqual(Object.keys(messageCatalogue.nl).sort());
    for (const text of [...Object.values(messageCatalogue.nl), ...Object.values(messageCatalogue.en)]) expect(text.trim()).not.toBe('');
  });
  it('answers in Dutch unless English is preferred', () => {
    expect(languageFrom(undefined)).toBe('nl');
    expect(languageFrom('fr-FR,fr;q=0.9')).toBe('nl');
    expect(languageFrom('en-GB,en;q=0.9')).toBe('en');
    expect(languageFrom('nl;q=0.4,en;q=0.8')).toBe('en');
    expect(languageFrom('en;q=0,nl')).toBe('nl');
  });
});

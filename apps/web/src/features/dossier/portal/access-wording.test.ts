import { describe, expect, it } from 'vitest';
import { resources } from '../../../locales';
import { accessWordingKey, allWordingKeys, isBreakGlass } from './access-wording';
import { formatDay, levelKey, ownStanding } from './format';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('access log wording', () => {
  it('names what was done to which part', () => {
    expect(accessWordingKey('read', 'journalEntry')).toBe('accessLog.what.read.journalEntry');
    expect(accessWordingKey('update', 'planSection')).toBe('accessLog.what.update.planSection');
    expect(accessWordingKey('grant', 'breakGlass')).toBe('accessLog.what.grant.breakGlass');
  });

  it('falls back to the kind of action for a part it does not know, and to a general sentence for an unknown action', () => {
    expect(accessWordingKey('read', 'somethingNew')).toBe('accessLog.what.read.other');
    expect(accessWordingKey('delete', 'planSection')).toBe('accessLog.what.delete.other');
    expect(accessWordingKey('export', 'dossier')).toBe('accessLog.what.other');
    expect(accessWordingKey('constructor', 'dossier')).toBe('accessLog.what.other');
  });

  it('has a plain sentence for every key in Dutch and in English', () => {
    for (const language of ['nl', 'en'] as const) {
      const missing = allWordingKeys().filter((key) => typeof lookup(resources[language].dossier, key) !== 'string');
      expect(missing, language).toEqual([]);
    }
    expect(lookup(resources.nl.dossier, accessWordingKey('read', 'journalEntry'))).toBe('bekeek het contactjournaal');
  });

  it('marks a break of the glass', () => {
    expect(isBreakGlass('breakGlass')).toBe(true);
    expect(isBreakGlass('dossier')).toBe(false);
  });
});

describe('dossier wording helpers', () => {
  it('writes a calendar date in words without shifting the day', () => {
    expect(formatDay('2026-03-14', 'nl')).toBe('14 maart 2026');
    expect(formatDay('2026-03-14', 'en')).toBe('March 14, 2026');
  });

  it('says how the visitor stands to a dossier, the resident first', () => {
    expect(ownStanding(['resident'])).toBe('resident');
    expect(ownStanding(['relativeView'])).toBe('view');
    expect(ownStanding(['relativeWrite'])).toBe('write');
    expect(ownStanding(['relativeWrite', 'guardian'])).toBe('guardian');
    expect(ownStanding(['teamProfessional'])).toBe('professional');
    expect(ownStanding([])).toBe('other');
  });

  it('names a level, a guardian as a guardian', () => {
    expect(levelKey('informed', false)).toBe('level.informed');
    expect(levelKey('write', true)).toBe('level.guardian');
  });
});

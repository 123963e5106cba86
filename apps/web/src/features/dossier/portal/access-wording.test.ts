import { describe, expect, it } from 'vitest';
import { resources } from '../../../locales';
import { accessWordingKey, allWordingKeys, groupAccessLog, isBreakGlass } from './access-wording';
import { formatDay, levelKey, ownStanding } from './format';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('access log wording', () => {
  it('names what was done to which part', () => {
    expect(accessWordingKey('read', 'journalEntry')).toBe('accessLog.what.read.journalEntry');
    expect(accessWordingKey('update', 'planSection')).toBe('accessLog.what.update.planSection');
    expect(accessWordingKey('update', 'planSection', 'agreements')).toBe('accessLog.what.update.planSection_agreements');
    expect(accessWordingKey('update', 'planSection', 'somethingElse')).toBe('accessLog.what.update.planSection');
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

describe('grouping the access log', () => {
  type Actor = { firstName: string; infix: string | null; surname: string } | null;
  const sanne: Actor = { firstName: 'Sanne', infix: 'de', surname: 'Vries' };
  const entry = (objectType: string, occurredAt = '2026-03-14T10:12:30.000Z', extra: Partial<{ action: string; actor: Actor; onBehalfOf: boolean; reason: string | null }> = {}) => ({
    occurredAt,
    actor: sanne,
    organisation: 'Wijkteams Demoland',
    action: 'read',
    objectType,
    onBehalfOf: false,
    reason: null as string | null,
    ...extra,
  });

  it('makes one row of one visit to the dossier page, each part named once', () => {
    const rows = groupAccessLog([entry('dossier'), entry('journalEntry', '2026-03-14T10:12:59.000Z'), entry('planSection'), entry('planSection')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.what).toEqual(['accessLog.what.read.dossier', 'accessLog.what.read.journalEntry', 'accessLog.what.read.planSection']);
  });

  it('keeps apart what differs in minute, person, kind of action or on whose behalf', () => {
    const rows = groupAccessLog([
      entry('dossier'),
      entry('dossier', '2026-03-14T10:13:00.000Z'),
      entry('planSection', '2026-03-14T10:13:00.000Z', { action: 'update' }),
      entry('planSection', '2026-03-14T10:13:00.000Z', { action: 'update', actor: { firstName: 'Lotte', infix: null, surname: 'Visser' } }),
      entry('planSection', '2026-03-14T10:13:00.000Z', { action: 'update', actor: { firstName: 'Lotte', infix: null, surname: 'Visser' }, onBehalfOf: true }),
    ]);
    expect(rows).toHaveLength(5);
  });

  it('never folds a break of the glass into another row', () => {
    const rows = groupAccessLog([entry('breakGlass', undefined, { action: 'grant', reason: 'Spoed' }), entry('dossier', undefined, { action: 'grant' }), entry('dossier')]);
    expect(rows.map((row) => row.what)).toEqual([['accessLog.what.grant.breakGlass'], ['accessLog.what.grant.other'], ['accessLog.what.read.dossier']]);
    expect(rows[0]!.reason).toBe('Spoed');
  });
});

import { describe, expect, it } from 'vitest';
import { editorField } from './field-paths';
import { fromQuestion, fromTemplate, move, newBlock, newQuestion, slug, toInput, toQuestion, uniqueKey, type Draft } from './draft';

const KEY = /^[a-z][a-zA-Z0-9-]{0,39}$/;

describe('keys made from titles', () => {
  it('are lowercase with dashes, without accents, start with a letter and fit the server’s pattern', () => {
    expect(slug('Wat telt voor jóu?', 'blok')).toBe('wat-telt-voor-jou');
    expect(slug('  3 Financiën & werk ', 'blok')).toBe('financien-werk');
    expect(slug('???', 'blok')).toBe('blok');
    expect(slug('Een heel erg lange titel die veel te lang is voor een sleutel van een blok', 'blok')).toMatch(KEY);
  });

  it('are unique within their list', () => {
    const taken = new Set(['tekst']);
    expect(uniqueKey('tekst', taken)).toBe('tekst-2');
    expect(uniqueKey('tekst', taken)).toBe('tekst-3');
    expect(uniqueKey('vragen', taken)).toBe('vragen');
  });
});

describe('the draft sent to the server', () => {
  it('keeps saved keys, makes keys for new blocks, questions, choices and domains, and drops empty help', () => {
    const draft: Draft = fromTemplate({
      name: 'Sjabloon',
      description: '',
      userGroupIds: [],
      blocks: [{ key: 'situatie', type: 'text', title: 'Tekst' }],
    });
    const text = newBlock('text', 'Tekst');
    const questionnaire = newBlock('questionnaire', 'Vragen vooraf');
    if (questionnaire.type !== 'questionnaire') throw new Error('type');
    const choice = newQuestion('singleChoice', 'Bij wie woon je?');
    choice.options = choice.options.map((o, i) => ({ ...o, label: ['Moeder', 'Moeder'][i]! }));
    questionnaire.questions = [choice, newQuestion('scale', 'Hoe gaat het?')];
    const watTelt = newBlock('watTelt', 'Wat telt');
    if (watTelt.type !== 'watTelt') throw new Error('type');
    watTelt.domains = [{ uid: 'a', key: null, label: 'Vrije tijd' }];
    draft.blocks.push(text, questionnaire, watTelt);
    const input = toInput(draft);
    expect(input.blocks.map((b) => b.key)).toEqual(['situatie', 'tekst', 'vragen-vooraf', 'wat-telt']);
    const q = input.blocks[2]!;
    if (q.type !== 'questionnaire') throw new Error('type');
    expect(q.questions.map((x) => x.key)).toEqual(['bij-wie-woon-je', 'hoe-gaat-het']);
    expect(q.questions[0]!.options!.map((o) => o.key)).toEqual(['moeder', 'moeder-2']);
    expect(q.questions[1]).toMatchObject({ type: 'scale', min: 1, max: 10, minLabel: '', maxLabel: '' });
    expect(q.questions[0]).not.toHaveProperty('help');
    const w = input.blocks[3]!;
    expect(w.type === 'watTelt' && w.domains).toEqual([{ key: 'vrije-tijd', label: 'Vrije tijd' }]);
  });

  it('a new ZRM block has all 13 domains in the matrix’s order, whatever order they were switched on in', () => {
    const zrm = newBlock('zrm', 'ZRM');
    if (zrm.type !== 'zrm') throw new Error('type');
    expect(zrm.domains).toHaveLength(13);
    zrm.domains = ['justice', 'finances'];
    const [sent] = toInput({ name: 'x', description: '', userGroupIds: [], blocks: [zrm] }).blocks;
    expect(sent!.type === 'zrm' && sent!.domains).toEqual(['finances', 'justice']);
  });
});

describe('moving and errors', () => {
  it('moves an item one place and leaves the list alone at its ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    const list = ['a', 'b'];
    expect(move(list, 0, -1)).toBe(list);
    expect(move(list, 1, 1)).toBe(list);
  });

  it('puts a server error at the deepest field the editor shows; a key error at the title or label it came from', () => {
    const known = new Map(
      ['name', 'blocks', 'blocks.2', 'blocks.2.title', 'blocks.2.questions', 'blocks.2.questions.0.options', 'blocks.2.questions.0.label', 'blocks.2.questions.0.options.1.label'].map((k) => [k, k]),
    );
    expect(editorField('blocks.2.questions.0.options', known)).toBe('blocks.2.questions.0.options');
    expect(editorField('blocks.2.questions.0.options.1.key', known)).toBe('blocks.2.questions.0.options.1.label');
    expect(editorField('blocks.2.key', known)).toBe('blocks.2.title');
    expect(editorField('blocks.2.questions.0.key', known)).toBe('blocks.2.questions.0.label');
    expect(editorField('blocks.2.type', known)).toBe('blocks.2');
    expect(editorField('other', known)).toBeNull();
  });
});

describe('a copy from the question library', () => {
  it('keeps its key and choices, or takes the next free key when the block already has it, and goes back unchanged', () => {
    const library = { key: 'school', type: 'singleChoice' as const, label: 'Welke school?', required: true, options: [{ key: 'po', label: 'Basisschool' }, { key: 'vo', label: 'Middelbaar' }] };
    expect(toQuestion({ ...fromQuestion(library), key: 'school' })).toEqual(library);
    const copy = fromQuestion(library, uniqueKey(library.key, new Set(['school', 'school-2'])));
    expect(copy.key).toBe('school-3');
    expect(copy.options.map((o) => o.key)).toEqual(['po', 'vo']);
    const draft: Draft = { name: 'T', description: '', userGroupIds: [], blocks: [{ ...(newBlock('questionnaire', 'Vragen') as Extract<Draft['blocks'][number], { type: 'questionnaire' }>), questions: [copy, newQuestion('shortText', 'School')] }] };
    const sent = toInput(draft).blocks[0];
    expect(sent?.type === 'questionnaire' && sent.questions.map((q) => q.key)).toEqual(['school-3', 'school']);
  });
});

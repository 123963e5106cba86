import { zrmDomains, type Block, type BlockType, type Option, type Question, type QuestionType, type Scale, type Template, type TemplateInput } from './api';

/**
 * The template as it is being edited. Every block, question, choice and domain has a `uid` for React and focus, and a
 * `key` that is null until it is first saved: keys are made from the title then (lowercase, dashes, unique) and never
 * change afterwards, because plans refer to a block, question or domain by its key across versions.
 */
export type DraftOption = { uid: string; key: string | null; label: string };
export type DraftQuestion = Omit<Question, 'key' | 'options'> & { uid: string; key: string | null; options: DraftOption[] };
type DraftBase = { uid: string; key: string | null; title: string; help: string };
export type DraftBlock =
  | (DraftBase & { type: 'text' | 'services' | 'documents' })
  | (DraftBase & { type: 'questionnaire'; questions: DraftQuestion[] })
  | (DraftBase & { type: 'watTelt'; domains: DraftOption[]; scale: Scale })
  | (DraftBase & { type: 'zrm'; domains: Array<(typeof zrmDomains)[number]> })
  | (DraftBase & { type: 'goals'; targetDate: boolean; lifeDomain: boolean; measurements: Scale | null; actions: boolean })
  | (DraftBase & { type: 'signatures'; kinds: Array<'approved' | 'seen'> });
export type Draft = { name: string; description: string; userGroupIds: string[]; blocks: DraftBlock[] };

let counter = 0;
export const newUid = () => `u${(counter += 1)}`;

const KEY = /^[a-z][a-zA-Z0-9-]{0,39}$/;

/** A key from a title: "Wat telt voor jóu?" → "wat-telt-voor-jou"; starts with a letter, at most 40 characters. */
export function slug(title: string, fallback: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return base || fallback;
}

/** The first of `base`, `base-2`, `base-3` … not in `taken`; it is added to `taken`. */
export function uniqueKey(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate) || !KEY.test(candidate); n++) candidate = `${base.slice(0, 36)}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Keys for everything new in a list, made from its label; the keys already given stay. */
function keyed<T extends { key: string | null }>(items: T[], label: (item: T) => string, fallback: string): Array<T & { key: string }> {
  const taken = new Set(items.map((item) => item.key).filter((k): k is string => k !== null));
  return items.map((item) => ({ ...item, key: item.key ?? uniqueKey(slug(label(item), fallback), taken) }));
}

const trimmed = (text: string | undefined) => (text && text.trim() ? text.trim() : undefined);

function toOptions(options: DraftOption[], fallback: string): Option[] {
  return keyed(options, (o) => o.label, fallback).map(({ key, label }) => ({ key, label }));
}

/** A question as the server holds it, from the draft (its key given or made). */
export function toQuestion(q: DraftQuestion & { key: string }): Question {
  const result: Question = { key: q.key, type: q.type, label: q.label, required: q.required };
  const help = trimmed(q.help);
  if (help) result.help = help;
  if (q.type === 'singleChoice' || q.type === 'multipleChoice') result.options = toOptions(q.options, 'keuze');
  if (q.type === 'number' || q.type === 'scale') {
    if (q.min !== undefined) result.min = q.min;
    if (q.max !== undefined) result.max = q.max;
  }
  if (q.type === 'scale') {
    result.minLabel = q.minLabel ?? '';
    result.maxLabel = q.maxLabel ?? '';
  }
  return result;
}

/** What is sent to the server: keys made for new parts, empty help left out, settings of other types dropped. */
export function toInput(draft: Draft): TemplateInput {
  const blocks = keyed(draft.blocks, (b) => b.title, 'blok').map((b): Block => {
    const base = { key: b.key, title: b.title, ...(trimmed(b.help) ? { help: trimmed(b.help)! } : {}) };
    switch (b.type) {
      case 'questionnaire':
        return { ...base, type: b.type, questions: keyed(b.questions, (q) => q.label, 'vraag').map(toQuestion) };
      case 'watTelt':
        return { ...base, type: b.type, domains: toOptions(b.domains, 'domein'), scale: b.scale };
      case 'zrm':
        return { ...base, type: b.type, domains: zrmDomains.filter((d) => b.domains.includes(d)) };
      case 'goals':
        return { ...base, type: b.type, targetDate: b.targetDate, lifeDomain: b.lifeDomain, measurements: b.measurements, actions: b.actions };
      case 'signatures':
        return { ...base, type: b.type, kinds: (['approved', 'seen'] as const).filter((k) => b.kinds.includes(k)) };
      default:
        return { ...base, type: b.type };
    }
  });
  return { name: draft.name, description: draft.description, userGroupIds: draft.userGroupIds, blocks };
}

const fromOption = (o: Option): DraftOption => ({ uid: newUid(), key: o.key, label: o.label });

/** A question as the server sent it, to edit; `key` replaces its key (a copy from the library under a free key). */
export function fromQuestion(q: Question, key: string = q.key): DraftQuestion {
  return { ...q, key, uid: newUid(), help: q.help ?? '', options: (q.options ?? []).map(fromOption) };
}

/** The draft of a template as the server sent it. */
export function fromTemplate(template: Pick<Template, 'name' | 'description' | 'userGroupIds' | 'blocks'>): Draft {
  return {
    name: template.name,
    description: template.description,
    userGroupIds: template.userGroupIds,
    blocks: template.blocks.map((b): DraftBlock => {
      const base = { uid: newUid(), key: b.key, title: b.title, help: b.help ?? '' };
      switch (b.type) {
        case 'questionnaire':
          return { ...base, type: b.type, questions: b.questions.map((q) => fromQuestion(q)) };
        case 'watTelt':
          return { ...base, type: b.type, domains: b.domains.map(fromOption), scale: b.scale };
        case 'zrm':
          return { ...base, type: b.type, domains: b.domains };
        case 'goals':
          return { ...base, type: b.type, targetDate: b.targetDate, lifeDomain: b.lifeDomain, measurements: b.measurements, actions: b.actions };
        case 'signatures':
          return { ...base, type: b.type, kinds: b.kinds };
        default:
          return { ...base, type: b.type };
      }
    }),
  };
}

/** A new question of a type with sensible settings: two empty choices, or a 1–10 scale. */
export function newQuestion(type: QuestionType, label: string): DraftQuestion {
  const q: DraftQuestion = { uid: newUid(), key: null, type, label, help: '', required: false, options: [] };
  if (type === 'singleChoice' || type === 'multipleChoice') q.options = [{ uid: newUid(), key: null, label: '' }, { uid: newUid(), key: null, label: '' }];
  if (type === 'scale') Object.assign(q, { min: 1, max: 10, minLabel: '', maxLabel: '' });
  return q;
}

/** A new block of a type with its defaults (the title is the type's name, to be changed). */
export function newBlock(type: BlockType, title: string): DraftBlock {
  const base = { uid: newUid(), key: null, title, help: '' };
  switch (type) {
    case 'questionnaire':
      return { ...base, type, questions: [] };
    case 'watTelt':
      return { ...base, type, domains: [], scale: { min: 0, max: 10, minLabel: '', maxLabel: '' } };
    case 'zrm':
      return { ...base, type, domains: [...zrmDomains] };
    case 'goals':
      return { ...base, type, targetDate: true, lifeDomain: true, measurements: null, actions: true };
    case 'signatures':
      return { ...base, type, kinds: ['approved'] };
    default:
      return { ...base, type };
  }
}

/** The list with the item at `index` moved by `by` places; the same list when it would leave the ends. */
export function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

import type { useTranslation } from 'react-i18next';
import type { DraftBlock } from './draft';

/** The id of the control that edits `path` (e.g. blocks.2.questions.0.label → tpl-blocks-2-questions-0-label). */
export const fid = (path: string) => `tpl-${path.replaceAll('.', '-')}`;

/** Every field the editor shows, with a label for the error summary: server paths land on the nearest of these. */
export function knownFields(blocks: DraftBlock[], t: ReturnType<typeof useTranslation<'planAdmin'>>['t']): Map<string, string> {
  const known = new Map<string, string>([
    ['name', t('editor.name')],
    ['description', t('editor.description')],
    ['userGroupIds', t('editor.groups')],
    ['blocks', t('editor.blocks')],
  ]);
  blocks.forEach((block, i) => {
    const p = `blocks.${i}`;
    const name = t('block.label', { n: i + 1 });
    const add = (suffix: string, label: string) => known.set(`${p}${suffix}`, `${name}, ${label}`);
    known.set(p, `${name}, ${block.title || t('block.untitled')}`);
    add('.title', t('block.title'));
    add('.help', t('block.help'));
    const scale = (prefix: string, legend: string) => {
      add(prefix, legend);
      add(`${prefix}.min`, `${legend}, ${t('question.min')}`);
      add(`${prefix}.max`, `${legend}, ${t('question.max')}`);
      add(`${prefix}.minLabel`, `${legend}, ${t('question.minLabel')}`);
      add(`${prefix}.maxLabel`, `${legend}, ${t('question.maxLabel')}`);
    };
    if (block.type === 'questionnaire') {
      add('.questions', t('question.list'));
      block.questions.forEach((q, j) => {
        const qp = `.questions.${j}`;
        const qn = t('question.legend', { n: j + 1, label: q.label || t('question.untitled') });
        for (const [field, label] of [['type', t('question.type')], ['label', t('question.label')], ['help', t('question.help')], ['min', t('question.min')], ['max', t('question.max')], ['minLabel', t('question.minLabel')], ['maxLabel', t('question.maxLabel')], ['options', t('question.options')]] as const) {
          add(`${qp}.${field}`, `${qn}, ${label}`);
        }
        q.options.forEach((_, k) => add(`${qp}.options.${k}.label`, `${qn}, ${t('question.option', { n: k + 1 })}`));
      });
    }
    if (block.type === 'watTelt') {
      add('.domains', t('watTelt.domains'));
      block.domains.forEach((_, k) => add(`.domains.${k}.label`, t('watTelt.domain', { n: k + 1 })));
      scale('.scale', t('watTelt.scale'));
    }
    if (block.type === 'zrm') add('.domains', t('zrm.domains'));
    if (block.type === 'goals' && block.measurements) scale('.measurements', t('goals.scale'));
    if (block.type === 'signatures') add('.kinds', t('signatures.kinds'));
  });
  return known;
}

/** The field a server path belongs to: a key error is the title's or label's it was made from. */
export function editorField(path: string, known: ReadonlyMap<string, string>): string | null {
  const parts = path.split('.');
  if (parts.at(-1) === 'key') parts[parts.length - 1] = parts.length === 3 && parts[0] === 'blocks' ? 'title' : 'label';
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (known.has(candidate)) return candidate;
  }
  return null;
}

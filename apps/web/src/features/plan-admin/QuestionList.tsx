import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/fields';
import { ProblemError } from '../identity/http';
import { questionTypes, useCreateLibraryQuestion, type Question, type QuestionType } from './api';
import { fromQuestion, move, newQuestion, slug, toQuestion, uniqueKey, type DraftQuestion } from './draft';
import { fid } from './field-paths';
import { LibraryPicker } from './LibraryPicker';
import { focusSoon, OrderButtons } from './parts';
import { FieldsetError, hasErrorUnder, QuestionEditor, type Announce, type Errors } from './QuestionEditor';

/** The questions of a questionnaire block: edit, order, remove, add a new one or a copy from the question library. */
export function QuestionList({ path, questions, onChange, errors, announce }: { path: string; questions: DraftQuestion[]; onChange: (next: DraftQuestion[]) => void; errors: Errors; announce: Announce }) {
  const { t } = useTranslation('planAdmin');
  const [type, setType] = useState<QuestionType>('shortText');
  const error = errors[path];
  const toLibrary = useCreateLibraryQuestion();
  const takenKeys = () => new Set(questions.map((q) => q.key).filter((k): k is string => k !== null));

  /** A copy of a library question at the end; a key the block already has becomes the next free one (key-2 …). */
  const addFromLibrary = (question: Question) => {
    onChange([...questions, fromQuestion(question, uniqueKey(question.key, takenKeys()))]);
    announce(t('library.added', { label: question.label, position: questions.length + 1 }));
    focusSoon(fid(`${path}.${questions.length}.label`));
  };

  /** Keeps a copy of this question in the library, under its key (or one made from its text). */
  const saveToLibrary = async (question: DraftQuestion) => {
    if (!question.label.trim()) return announce(t('library.savedNeedsLabel'));
    const key = question.key ?? uniqueKey(slug(question.label, 'vraag'), new Set());
    try {
      await toLibrary.mutateAsync(toQuestion({ ...question, key }));
      announce(t('library.savedFromBlock', { label: question.label }));
    } catch (problem) {
      const taken = problem instanceof ProblemError && problem.errors.some((e) => e.field === 'question.key');
      announce(taken ? t('library.savedTaken', { key }) : (problem instanceof ProblemError && problem.errors[0]?.message) || t('errors.network'));
    }
  };

  const moveAt = (j: number, by: -1 | 1) => {
    const to = j + by;
    const label = questions[j]!.label || t('question.untitled');
    if (to < 0 || to >= questions.length) return announce(by < 0 ? t('block.atTop', { title: label }) : t('block.atBottom', { title: label }));
    onChange(move(questions, j, by));
    announce(t('question.moved', { label, position: to + 1, count: questions.length }));
    focusSoon(`${fid(`${path}.${to}`)}-${by < 0 ? 'up' : 'down'}`);
  };
  return (
    <Fieldset id={fid(path)} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(error)} aria-describedby={error ? `${fid(path)}-error` : undefined}>
      <FieldsetLegend>{t('question.list')}</FieldsetLegend>
      <FieldsetError id={fid(path)} message={error} />
      {questions.length === 0 && <Paragraph>{t('question.none')}</Paragraph>}
      <ol className="sp-plan-admin-items">
        {questions.map((question, j) => (
          <li key={question.uid} className="sp-plan-admin-item">
            <Fieldset className="sp-plan-admin-fieldset sp-plan-admin-question" invalid={hasErrorUnder(errors, `${path}.${j}`)}>
              <FieldsetLegend>{t('question.legend', { n: j + 1, label: question.label || t('question.untitled') })}</FieldsetLegend>
              <QuestionEditor path={`${path}.${j}`} question={question} onChange={(next) => onChange(questions.map((q, i) => (i === j ? next : q)))} errors={errors} />
              <OrderButtons
                idBase={fid(`${path}.${j}`)}
                index={j}
                count={questions.length}
                labels={{ up: t('question.up', { n: j + 1 }), down: t('question.down', { n: j + 1 }), remove: t('question.remove', { n: j + 1 }) }}
                onMove={(by) => moveAt(j, by)}
                onRemove={() => {
                  onChange(questions.filter((_, i) => i !== j));
                  announce(t('question.removed', { n: j + 1 }));
                  focusSoon(`${fid(path)}-add`);
                }}
                after={
                  <Button appearance="subtle-button" disabled={toLibrary.isPending} onClick={() => void saveToLibrary(question)}>
                    {t('library.saveFromBlock', { n: j + 1 })}
                  </Button>
                }
              />
            </Fieldset>
          </li>
        ))}
      </ol>
      <div className="sp-plan-admin-add">
        <SelectField
          id={`${fid(path)}-type`}
          label={t('question.addType')}
          value={type}
          onValue={(v) => setType(v as QuestionType)}
          options={questionTypes.map((q) => ({ value: q, label: t(`question.types.${q}`) }))}
        />
        <Button
          id={`${fid(path)}-add`}
          appearance="secondary-action-button"
          onClick={() => {
            onChange([...questions, newQuestion(type, '')]);
            announce(t('question.added', { position: questions.length + 1 }));
            focusSoon(fid(`${path}.${questions.length}.label`));
          }}
        >
          {t('question.add')}
        </Button>
      </div>
      <LibraryPicker idBase={fid(path)} onPick={addFromLibrary} />
    </Fieldset>
  );
}

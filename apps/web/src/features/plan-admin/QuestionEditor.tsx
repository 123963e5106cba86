import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../components/form/fields';
import { questionTypes, type QuestionType } from './api';
import { newQuestion, newUid, type DraftOption, type DraftQuestion } from './draft';
import { fid } from './field-paths';
import { focusSoon } from './parts';

/**
 * One question's settings (type, text, help, required, choices, range): the same editor in a template's questionnaire
 * block and in the question library. Its fields' ids and error keys follow `path` (e.g. blocks.0.questions.2, question).
 */

export type Errors = Record<string, string>;
export type Announce = (text: string) => void;

/** Does an error sit inside `path` or below it? For the red line along a fieldset. */
export const hasErrorUnder = (errors: Errors, path: string) => Object.keys(errors).some((field) => field === path || field.startsWith(`${path}.`));

/** A whole number from a number field, or undefined when it is empty. */
export const toNumber = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A fieldset's own error line, linked from the error summary by the fieldset's id. */
export function FieldsetError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <Paragraph id={`${id}-error`} className="sp-plan-admin-error">
      {message}
    </Paragraph>
  );
}

/** The choices of a single or multiple choice question: add, rename, remove. */
function OptionList({ path, options, onChange, errors }: { path: string; options: DraftOption[]; onChange: (next: DraftOption[]) => void; errors: Errors }) {
  const { t } = useTranslation('planAdmin');
  const error = errors[path];
  return (
    <Fieldset id={fid(path)} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(error)} aria-describedby={[error ? `${fid(path)}-error` : '', `${fid(path)}-hint`].join(' ').trim()}>
      <FieldsetLegend>{t('question.options')}</FieldsetLegend>
      <Paragraph id={`${fid(path)}-hint`} className="sp-plan-admin-hint">
        {t('question.optionsHint')}
      </Paragraph>
      <FieldsetError id={fid(path)} message={error} />
      {options.map((option, k) => (
        <div key={option.uid} className="sp-plan-admin-line">
          <TextField
            id={fid(`${path}.${k}.label`)}
            label={t('question.option', { n: k + 1 })}
            value={option.label}
            onValue={(label) => onChange(options.map((o, i) => (i === k ? { ...o, label } : o)))}
            error={errors[`${path}.${k}.label`]}
          />
          <Button
            appearance="subtle-button"
            onClick={() => {
              onChange(options.filter((_, i) => i !== k));
              focusSoon(`${fid(path)}-add`);
            }}
          >
            {t('question.removeOption', { n: k + 1 })}
          </Button>
        </div>
      ))}
      <Button
        id={`${fid(path)}-add`}
        appearance="secondary-action-button"
        onClick={() => {
          onChange([...options, { uid: newUid(), key: null, label: '' }]);
          focusSoon(fid(`${path}.${options.length}.label`));
        }}
      >
        {t('question.addOption')}
      </Button>
    </Fieldset>
  );
}

export function QuestionEditor({ path, question, onChange, errors }: { path: string; question: DraftQuestion; onChange: (next: DraftQuestion) => void; errors: Errors }) {
  const { t } = useTranslation('planAdmin');
  const set = (patch: Partial<DraftQuestion>) => onChange({ ...question, ...patch });
  const changeType = (type: QuestionType) => {
    const fresh = newQuestion(type, question.label);
    onChange({ ...fresh, uid: question.uid, key: question.key, help: question.help, required: question.required, options: question.options.length >= 2 ? question.options : fresh.options });
  };
  const choice = question.type === 'singleChoice' || question.type === 'multipleChoice';
  return (
    <>
      <SelectField
        id={fid(`${path}.type`)}
        label={t('question.type')}
        value={question.type}
        onValue={(v) => changeType(v as QuestionType)}
        options={questionTypes.map((type) => ({ value: type, label: t(`question.types.${type}`) }))}
        error={errors[`${path}.type`]}
      />
      <TextField id={fid(`${path}.label`)} label={t('question.label')} value={question.label} onValue={(label) => set({ label })} error={errors[`${path}.label`]} autoComplete="off" />
      <TextareaField id={fid(`${path}.help`)} label={t('question.help')} optional={t('optional')} rows={2} value={question.help ?? ''} onValue={(help) => set({ help })} error={errors[`${path}.help`]} />
      <CheckboxField id={fid(`${path}.required`)} label={t('question.required')} checked={question.required} onValue={(required) => set({ required })} />
      {choice && <OptionList path={`${path}.options`} options={question.options} onChange={(options) => set({ options })} errors={errors} />}
      {(question.type === 'number' || question.type === 'scale') && (
        <div className="sp-plan-admin-pair">
          <TextField
            id={fid(`${path}.min`)}
            label={t('question.min')}
            optional={question.type === 'number' ? t('optional') : undefined}
            type="number"
            value={numberText(question.min)}
            onValue={(v) => set({ min: toNumber(v) })}
            error={errors[`${path}.min`]}
          />
          <TextField
            id={fid(`${path}.max`)}
            label={t('question.max')}
            optional={question.type === 'number' ? t('optional') : undefined}
            type="number"
            value={numberText(question.max)}
            onValue={(v) => set({ max: toNumber(v) })}
            error={errors[`${path}.max`]}
          />
        </div>
      )}
      {question.type === 'scale' && (
        <>
          <TextField id={fid(`${path}.minLabel`)} label={t('question.minLabel')} optional={t('optional')} value={question.minLabel ?? ''} onValue={(minLabel) => set({ minLabel })} error={errors[`${path}.minLabel`]} />
          <TextField id={fid(`${path}.maxLabel`)} label={t('question.maxLabel')} optional={t('optional')} value={question.maxLabel ?? ''} onValue={(maxLabel) => set({ maxLabel })} error={errors[`${path}.maxLabel`]} />
        </>
      )}
    </>
  );
}

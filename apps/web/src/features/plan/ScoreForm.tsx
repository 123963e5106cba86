import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/form/fields';
import { readProblem, useFormErrors } from '../../components/form/useFormErrors';
import { useAddScores, useCorrectScores, type Scale, type ScoreSet } from './api';
import { CorrectionFields, useFocusFirst } from './Corrections';
import { formatDay, today } from './format';
import { PlanForm } from './PlanForm';

export type Domain = { key: string; label: string };
export type ScoreContext = { planId: string; blockKey: string; domains: Domain[]; scale: Scale; levels?: string[] | undefined };

/**
 * One scoring moment: a score per domain (radio buttons on the scale, or a level from a list) and a note per domain.
 * With `correcting`, the form starts from that moment's scores and saves a correction of it, or takes it back.
 */
export function ScoreForm({ planId, blockKey, domains, scale, levels, onDone, title, correcting }: ScoreContext & { onDone: (text: string) => void; title: string; correcting?: ScoreSet }) {
  const { t, i18n } = useTranslation('plan');
  const add = useAddScores(planId, blockKey);
  const correct = useCorrectScores(planId);
  const [measuredOn, setMeasuredOn] = useState(correcting?.measuredOn ?? today());
  const [scores, setScores] = useState<Record<string, number | undefined>>(() => Object.fromEntries((correcting?.scores ?? []).map((c) => [c.domainKey, c.score])));
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries((correcting?.scores ?? []).map((c) => [c.domainKey, c.note])));
  const [withdraw, setWithdraw] = useState(false);
  const read = useCallback(
    (error: unknown, sent: string[]) =>
      readProblem(error, {
        network: t('form.network'),
        forbidden: t('form.forbidden'),
        field: (item) => {
          const match = /^scores\.(\d+)\.(\w+)$/.exec(item.field);
          if (match) return [`score-${sent[Number(match[1])] ?? ''}`, item.message] as const;
          return [item.field, item.message] as const;
        },
        general: (problem) => {
          if (problem.status !== 409) return problem.detail || problem.title;
          const current = problem.current as { measuredOn?: string; rater?: string; withdrawn?: boolean } | null;
          const now = current?.withdrawn ? t('correction.currentWithdrawn') : t('correction.scoresOn', { date: current?.measuredOn ? formatDay(current.measuredOn, i18n.language) : '', name: current?.rater ?? '' });
          return t('correction.conflict', { current: now });
        },
      }),
    [t, i18n.language],
  );
  const errors = useFormErrors(read);
  const id = correcting ? `correct-${correcting.id}` : `score-${blockKey}`;
  useFocusFirst(correcting ? `${id}-withdraw` : '');
  const fieldId = (key: string) => `${id}-${key}`;
  const targets: Record<string, { id: string; label: string }> = { measuredOn: { id: `${id}-date`, label: t('scores.measuredOn') }, withdraw: { id: `${id}-withdraw`, label: t('correction.withdraw') } };
  for (const d of domains) targets[`score-${d.key}`] = { id: `${fieldId(d.key)}-first`, label: d.label };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (correcting && withdraw) {
      try {
        await correct.mutateAsync({ setId: correcting.id, correction: { withdrawn: true } });
        errors.clear();
        onDone(t('correction.withdrawn'));
      } catch (caught) {
        errors.show(caught, []);
      }
      return;
    }
    const chosen = domains.filter((d) => scores[d.key] !== undefined);
    if (chosen.length === 0) {
      errors.setLocal({ [`score-${domains[0]!.key}`]: t('scores.noneChosen') });
      return;
    }
    const sent = chosen.map((d) => d.key);
    try {
      const input = { measuredOn, scores: chosen.map((d) => ({ domainKey: d.key, score: scores[d.key]!, note: notes[d.key] ?? '' })) };
      if (correcting) await correct.mutateAsync({ setId: correcting.id, correction: input });
      else await add.mutateAsync(input);
      errors.clear();
      onDone(correcting ? t('correction.scoresSaved') : t('scores.saved'));
    } catch (caught) {
      errors.show(caught, sent);
    }
  };
  const fields = <ScoreFields id={id} domains={domains} scale={scale} levels={levels} measuredOn={measuredOn} setMeasuredOn={setMeasuredOn} scores={scores} setScores={setScores} notes={notes} setNotes={setNotes} errors={errors.fields} />;
  return (
    <PlanForm
      id={id}
      level={correcting ? 4 : 3}
      title={title}
      errors={errors}
      targets={targets}
      onSubmit={submit}
      submit={correcting ? (withdraw ? t('correction.withdrawSubmit') : t('correction.submit')) : t('scores.submit')}
      busy={add.isPending || correct.isPending}
      onCancel={() => onDone('')}
    >
      {correcting ? <CorrectionFields withdrawId={`${id}-withdraw`} withdraw={withdraw} onWithdraw={setWithdraw} values={fields} /> : fields}
    </PlanForm>
  );
}

/** The date, and per domain a score and a note. */
type Scores = Record<string, number | undefined>;
type Notes = Record<string, string>;
function ScoreFields(props: {
  id: string;
  domains: Domain[];
  scale: Scale;
  levels?: string[] | undefined;
  measuredOn: string;
  setMeasuredOn: (value: string) => void;
  scores: Scores;
  setScores: (update: (s: Scores) => Scores) => void;
  notes: Notes;
  setNotes: (update: (n: Notes) => Notes) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('plan');
  const { id, domains, scale, levels, measuredOn, setMeasuredOn, scores, setScores, notes, setNotes, errors } = props;
  const fieldId = (key: string) => `${id}-${key}`;
  const range = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return (
    <>
      <TextField id={`${id}-date`} label={t('scores.measuredOn')} type="date" value={measuredOn} onValue={setMeasuredOn} error={errors.measuredOn} />
      {!levels && (scale.minLabel || scale.maxLabel) && (
        <Paragraph id={`${id}-ends`} className="sp-plan-scale__ends">
          {t('field.scaleEnds', { min: scale.min, minLabel: scale.minLabel, max: scale.max, maxLabel: scale.maxLabel })}
        </Paragraph>
      )}
      {domains.map((d) => {
        const error = errors[`score-${d.key}`];
        if (levels) {
          return (
            <div key={d.key} className="sp-plan-score">
              <SelectField
                id={`${fieldId(d.key)}-first`}
                label={d.label}
                value={scores[d.key] === undefined ? '' : String(scores[d.key])}
                empty={t('scores.skip')}
                options={range.map((n) => ({ value: String(n), label: t('zrm.levelOption', { level: n, name: levels[n - 1] }) }))}
                onValue={(v) => setScores((s) => ({ ...s, [d.key]: v === '' ? undefined : Number(v) }))}
                error={error}
              />
              <TextField id={`${fieldId(d.key)}-note`} label={t('scores.note', { domain: d.label })} optional={t('field.optional')} value={notes[d.key] ?? ''} onValue={(v) => setNotes((n) => ({ ...n, [d.key]: v }))} />
            </div>
          );
        }
        const describedBy = [error ? `${fieldId(d.key)}-error` : null, scale.minLabel || scale.maxLabel ? `${id}-ends` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div key={d.key} className="sp-plan-score">
            <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} role="radiogroup" className="sp-plan-choices">
              <FieldsetLegend className="sp-plan-choices__legend">{d.label}</FieldsetLegend>
              {error && <FormFieldErrorMessage id={`${fieldId(d.key)}-error`}>{error}</FormFieldErrorMessage>}
              <div className="sp-plan-choices__row sp-plan-choices__row--scale">
                {range.map((n, index) => {
                  const optionId = index === 0 ? `${fieldId(d.key)}-first` : `${fieldId(d.key)}-${n}`;
                  return (
                    <div key={n} className="sp-plan-choice">
                      <RadioButton id={optionId} name={fieldId(d.key)} checked={scores[d.key] === n} onChange={() => setScores((s) => ({ ...s, [d.key]: n }))} />
                      <FormLabel htmlFor={optionId} type="radio">
                        {String(n)}
                      </FormLabel>
                    </div>
                  );
                })}
              </div>
              <FormFieldDescription className="sp-plan-scale__labels" aria-hidden="true">
                <span>{scale.minLabel}</span>
                <span>{scale.maxLabel}</span>
              </FormFieldDescription>
            </Fieldset>
            <TextField id={`${fieldId(d.key)}-note`} label={t('scores.note', { domain: d.label })} optional={t('field.optional')} value={notes[d.key] ?? ''} onValue={(v) => setNotes((n) => ({ ...n, [d.key]: v }))} />
          </div>
        );
      })}
    </>
  );
}

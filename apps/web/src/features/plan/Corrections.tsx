import { Button } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../components/form/fields';
import { readProblem, useFormErrors } from '../../components/form/useFormErrors';
import { ProblemError } from '../identity/http';
import { useCorrectMeasurement, type Corrected, type Measurement, type MeasurementValue, type Scale } from './api';
import { formatDay, formatMoment } from './format';
import { PlanForm } from './PlanForm';

/**
 * "Corrected on … by …" under a corrected value, with the values it replaced behind a disclosure (a native
 * details element: keyboard and screen readers know it). Nothing is ever lost; this is where the page shows it.
 */
export function CorrectedMark({ corrected, earlier }: { corrected: Corrected; earlier: Array<{ key: string; text: string }> }) {
  const { t, i18n } = useTranslation('plan');
  if (!corrected) return null;
  return (
    <span className="sp-plan-corrected">
      <span className="sp-plan-corrected__line">{t('correction.mark', { moment: formatMoment(corrected.at, i18n.language), name: corrected.by })}</span>
      {earlier.length > 0 && (
        <details className="sp-plan-corrected__earlier">
          <summary>{t('correction.earlier', { count: earlier.length })}</summary>
          <ul>
            {earlier.map((e) => (
              <li key={e.key}>{e.text}</li>
            ))}
          </ul>
        </details>
      )}
    </span>
  );
}

/** The button on a table row that opens its correction form; its id lets focus come back to it when the form closes. */
export function CorrectButton({ id, label, context, onClick }: { id: string; label: string; context: string; onClick: () => void }) {
  return (
    <Button id={id} appearance="secondary-action-button" className="sp-plan-correct" onClick={onClick}>
      {label}
      <span className="sp-visually-hidden">{` ${context}`}</span>
    </Button>
  );
}

/**
 * Which row is being corrected, with focus handled both ways: into the form when it opens (its first field), back
 * to the row's button when it closes, so a keyboard user never loses their place. A saved correction replaces the
 * row (and its button): focus then goes to the table's frame, named by its caption (`captionId`).
 */
export function useCorrecting<T extends { id: string }>(buttonId: (row: T) => string, captionId: string) {
  const [row, setRow] = useState<T | null>(null);
  const last = useRef<string | null>(null);
  const open = useCallback(
    (next: T) => {
      last.current = buttonId(next);
      setRow(next);
    },
    [buttonId],
  );
  const close = useCallback(() => {
    setRow(null);
    const id = last.current;
    // After the form is gone; the row (and its button) may have been replaced by the correction.
    window.setTimeout(() => {
      const target = (id ? document.getElementById(id) : null) ?? document.getElementById(captionId)?.closest<HTMLElement>('[role="region"]');
      target?.focus();
    }, 0);
  }, [captionId]);
  return { row, open, close };
}

/** Focus the element with this id once, when the form first shows. */
export function useFocusFirst(id: string) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}

/** A stale correction (409): the server's current row, told in words; other problems as usual. */
export function useCorrectionErrors(describeCurrent: (current: unknown) => string) {
  const { t } = useTranslation('plan');
  const read = useCallback(
    (error: unknown) =>
      readProblem(error, {
        network: t('form.network'),
        forbidden: t('form.forbidden'),
        general: (problem: ProblemError) => (problem.status === 409 ? t('correction.conflict', { current: describeCurrent(problem.current) }) : problem.detail || problem.title),
      }),
    [t, describeCurrent],
  );
  return useFormErrors(read);
}

export const measurementText = (m: MeasurementValue, language: string, t: TFunction<'plan'>) =>
  t('correction.valueOn', { value: m.value, date: formatDay(m.measuredOn, language), name: m.by }) + (m.note ? ` – ${m.note}` : '');

/** Correct one measurement of a goal: new value, date and note, or take it back with a reason. */
export function CorrectMeasurementForm({ planId, measurement, scale, goalTitle, onDone }: { planId: string; measurement: Measurement; scale: Scale; goalTitle: string; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('plan');
  const correct = useCorrectMeasurement(planId);
  const describe = useCallback(
    (current: unknown) => {
      const c = current as (MeasurementValue & { withdrawn?: boolean }) | null;
      if (!c) return '';
      return c.withdrawn ? t('correction.currentWithdrawn') : measurementText(c, i18n.language, t);
    },
    [t, i18n.language],
  );
  const errors = useCorrectionErrors(describe);
  const [form, setForm] = useState({ value: String(measurement.value), measuredOn: measurement.measuredOn, note: measurement.note, withdraw: false, reason: '' });
  const id = `correct-${measurement.id}`;
  const targets = {
    value: { id: `${id}-value`, label: t('measurement.value') },
    measuredOn: { id: `${id}-measuredOn`, label: t('measurement.date') },
    note: { id: `${id}-note`, label: t('measurement.note') },
    withdraw: { id: `${id}-withdraw`, label: t('correction.withdraw') },
    reason: { id: `${id}-reason`, label: t('correction.reason') },
  };
  useFocusFirst(targets.value.id);
  const range = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.withdraw && !form.reason.trim()) return errors.setLocal({ reason: t('correction.reasonRequired') });
    if (!form.withdraw && !form.measuredOn) return errors.setLocal({ measuredOn: t('form.required') });
    try {
      await correct.mutateAsync({
        measurementId: measurement.id,
        correction: form.withdraw ? { withdrawn: true, reason: form.reason } : { value: Number(form.value), measuredOn: form.measuredOn, note: form.note },
      });
      onDone(form.withdraw ? t('correction.withdrawn') : t('correction.saved', { value: form.value }));
    } catch (caught) {
      errors.show(caught);
    }
  };
  return (
    <PlanForm
      id={id}
      level={5}
      title={t('correction.measurementTitle', { value: measurement.value, date: formatDay(measurement.measuredOn, i18n.language), title: goalTitle })}
      errors={errors}
      targets={targets}
      onSubmit={(event) => void submit(event)}
      submit={form.withdraw ? t('correction.withdrawSubmit') : t('correction.submit')}
      busy={correct.isPending}
      onCancel={() => onDone('')}
    >
      <CorrectionFields
        withdrawId={targets.withdraw.id}
        withdraw={form.withdraw}
        onWithdraw={(withdraw) => setForm((f) => ({ ...f, withdraw }))}
        withdrawError={errors.fields.withdraw}
        values={
          <>
            <SelectField
              id={targets.value.id}
              label={targets.value.label}
              description={t('field.scaleEnds', { min: scale.min, minLabel: scale.minLabel, max: scale.max, maxLabel: scale.maxLabel })}
              value={form.value}
              options={range.map((n) => ({ value: String(n), label: String(n) }))}
              onValue={(v) => setForm((f) => ({ ...f, value: v }))}
              error={errors.fields.value}
            />
            <TextField id={targets.measuredOn.id} type="date" label={targets.measuredOn.label} value={form.measuredOn} onValue={(v) => setForm((f) => ({ ...f, measuredOn: v }))} error={errors.fields.measuredOn} />
            <TextField id={targets.note.id} label={targets.note.label} optional={t('field.optional')} value={form.note} onValue={(v) => setForm((f) => ({ ...f, note: v }))} error={errors.fields.note} />
          </>
        }
        reason={
          <TextareaField id={targets.reason.id} label={targets.reason.label} description={t('correction.reasonHint')} rows={3} value={form.reason} onValue={(v) => setForm((f) => ({ ...f, reason: v }))} error={errors.fields.reason} />
        }
      />
    </PlanForm>
  );
}

/** New values, or (ticked) taking the row back: then only the reason, if any, is asked. */
export function CorrectionFields({ withdrawId, withdraw, onWithdraw, withdrawError, values, reason }: { withdrawId: string; withdraw: boolean; onWithdraw: (on: boolean) => void; withdrawError?: string | undefined; values: ReactNode; reason?: ReactNode }) {
  const { t } = useTranslation('plan');
  return (
    <>
      <CheckboxField id={withdrawId} label={t('correction.withdraw')} description={t('correction.withdrawHint')} checked={withdraw} onValue={onWithdraw} error={withdrawError} />
      {withdraw ? reason : values}
    </>
  );
}

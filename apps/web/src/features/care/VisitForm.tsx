import { Button, ButtonGroup, Checkbox, Heading, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/http';
import { useChangeVisit, usePlanVisit, visitKinds, type Visit, type VisitKind } from './api';
import { ErrorSummary, Field, useFormErrors, type FieldErrors } from './FormParts';
import { addDays, dayLabel, fromLocal, localDateTime } from './time';

type Values = { date: string; start: string; end: string; nextDay: boolean; kind: VisitKind | ''; professional: string };
const empty: Values = { date: '', start: '', end: '', nextDay: false, kind: '', professional: '' };

function valuesOf(visit: Visit): Values {
  const start = localDateTime(new Date(visit.startsAt!));
  const end = localDateTime(new Date(visit.endsAt!));
  return { date: start.date, start: start.time, end: end.time, nextDay: end.date !== start.date, kind: visit.kind, professional: visit.professionalFirstName ?? '' };
}

type VisitFormProps = {
  dossierId: string;
  /** The visit being changed, or null to plan a new one. */
  editing: Visit | null;
  onStopEditing: () => void;
  /** After a save: the message to announce and the month the visit is in. */
  onSaved: (message: string, month: string) => void;
};

/** Plan one visit, or change one: date and Dutch clock times, kind of care, and the first name the client will see. */
export function VisitForm({ dossierId, editing, onStopEditing, onSaved }: VisitFormProps) {
  const { t, i18n } = useTranslation('care');
  const [values, setValues] = useState<Values>(empty);
  const plan = usePlanVisit(dossierId);
  const change = useChangeVisit(dossierId);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const busy = plan.isPending || change.isPending;
  const targets = {
    date: { id: 'visit-date', label: t('visitForm.date') },
    start: { id: 'visit-start', label: t('visitForm.start') },
    end: { id: 'visit-end', label: t('visitForm.end') },
    kind: { id: 'visit-kind', label: t('visitForm.kind') },
    professional: { id: 'visit-professional', label: t('visitForm.professional') },
  };
  const translate = useCallback(
    (field: string, code: string, message: string): [string, string] | null => {
      if (field === 'endsAt') return ['end', code === 'tooLong' ? t('visitForm.errors.tooLong') : t('visitForm.errors.endBeforeStart')];
      if (field === 'startsAt') return ['start', message];
      if (field === 'kind') return ['kind', t('visitForm.errors.kindMissing')];
      if (field === 'professionalFirstName') return ['professional', code === 'tooLong' ? message : t('visitForm.errors.professionalMissing')];
      return null;
    },
    [t],
  );
  const errors = useFormErrors(translate);

  useEffect(() => {
    setValues(editing ? valuesOf(editing) : empty);
    errors.clear();
    if (editing) titleRef.current?.focus();
    // Only another visit to edit (or leaving edit mode) resets the form, not each render.
  }, [editing?.id, editing?.version]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!values.date) local['date'] = t('visitForm.errors.dateMissing');
    if (!values.start) local['start'] = t('visitForm.errors.startMissing');
    if (!values.end) local['end'] = t('visitForm.errors.endMissing');
    if (!values.kind) local['kind'] = t('visitForm.errors.kindMissing');
    if (!values.professional.trim()) local['professional'] = t('visitForm.errors.professionalMissing');
    const startsAt = values.date && values.start ? fromLocal(values.date, values.start) : null;
    const endsAt = values.date && values.end ? fromLocal(values.nextDay ? addDays(values.date, 1) : values.date, values.end) : null;
    if (values.date && values.start && !startsAt) local['start'] = t('visitForm.errors.noSuchTime');
    if (values.date && values.end && !endsAt) local['end'] = t('visitForm.errors.noSuchTime');
    if (Object.keys(local).length > 0 || !startsAt || !endsAt || !values.kind) return errors.setLocal(local);
    const input = { kind: values.kind, professionalFirstName: values.professional.trim(), startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
    try {
      const saved = editing ? await change.mutateAsync({ ...input, id: editing.id, version: editing.version }) : await plan.mutateAsync(input);
      errors.clear();
      const when = { date: dayLabel(values.date, i18n.language), time: values.start };
      onSaved(t(editing ? 'visitForm.changed' : 'visitForm.planned', when), localDateTime(new Date(saved.startsAt!)).date.slice(0, 7));
      setValues((previous) => ({ ...empty, kind: previous.kind, professional: previous.professional }));
      if (editing) onStopEditing();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        errors.show(new ProblemError(409, t('work.conflict'), '', [], null));
        return;
      }
      errors.show(error);
    }
  };

  return (
    <section className="sp-care-panel" aria-labelledby="visit-form-title">
      <Heading level={2} id="visit-form-title" ref={titleRef} tabIndex={-1}>
        {editing ? t('visitForm.editTitle') : t('visitForm.title')}
      </Heading>
      <ErrorSummary id="visit-form-errors" summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form sp-care-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <Field id={targets.date.id} label={targets.date.label} error={errors.fields['date']}>
          {(describedBy) => (
            <Textbox
              id={targets.date.id}
              type="date"
              className="sp-care-input--date"
              value={values.date}
              onChange={(event) => set('date', event.target.value)}
              invalid={Boolean(errors.fields['date'])}
              aria-invalid={errors.fields['date'] ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <div className="sp-care-form__times">
          <Field id={targets.start.id} label={targets.start.label} error={errors.fields['start']}>
            {(describedBy) => (
              <Textbox
                id={targets.start.id}
                type="time"
                className="sp-care-input--time"
                value={values.start}
                onChange={(event) => set('start', event.target.value)}
                invalid={Boolean(errors.fields['start'])}
                aria-invalid={errors.fields['start'] ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
          </Field>
          <Field id={targets.end.id} label={targets.end.label} error={errors.fields['end']}>
            {(describedBy) => (
              <Textbox
                id={targets.end.id}
                type="time"
                className="sp-care-input--time"
                value={values.end}
                onChange={(event) => set('end', event.target.value)}
                invalid={Boolean(errors.fields['end'])}
                aria-invalid={errors.fields['end'] ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        </div>
        <Field id="visit-next-day" label={t('visitForm.nextDay')} type="checkbox">
          {(describedBy) => (
            <Checkbox id="visit-next-day" checked={values.nextDay} onChange={(event) => set('nextDay', event.target.checked)} aria-describedby={describedBy} />
          )}
        </Field>
        <Field id={targets.kind.id} label={targets.kind.label} error={errors.fields['kind']}>
          {(describedBy) => (
            <Select
              id={targets.kind.id}
              value={values.kind}
              onChange={(event) => set('kind', event.target.value as VisitKind | '')}
              invalid={Boolean(errors.fields['kind'])}
              aria-invalid={errors.fields['kind'] ? true : undefined}
              aria-describedby={describedBy}
            >
              <SelectOption value="">{t('visitForm.chooseKind')}</SelectOption>
              {visitKinds.map((kind) => (
                <SelectOption key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field id={targets.professional.id} label={targets.professional.label} description={t('visitForm.professionalHelp')} error={errors.fields['professional']}>
          {(describedBy) => (
            <Textbox
              id={targets.professional.id}
              value={values.professional}
              maxLength={60}
              autoComplete="off"
              onChange={(event) => set('professional', event.target.value)}
              invalid={Boolean(errors.fields['professional'])}
              aria-invalid={errors.fields['professional'] ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {editing ? t('visitForm.save') : t('visitForm.submit')}
          </Button>
          {editing && (
            <Button type="button" appearance="secondary-action-button" onClick={onStopEditing}>
              {t('visitForm.stopEditing')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}

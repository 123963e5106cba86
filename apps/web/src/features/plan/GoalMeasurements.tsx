import { Heading, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/form/fields';
import { useAddMeasurement, type Goal, type Measurement, type Scale } from './api';
import { FormToggle, Notice } from './BlockFrame';
import { LineChart } from './charts';
import { CorrectButton, CorrectedMark, CorrectMeasurementForm, measurementText, useCorrecting } from './Corrections';
import { submitHandler, usePlanFormErrors } from './form-submit';
import { domId, formatDay, formatShortDay, today } from './format';
import { PlanForm } from './PlanForm';
import { ScrollTable } from './ScrollTable';

function AddMeasurementForm({ planId, goal, scale, onDone }: { planId: string; goal: Goal; scale: Scale; onDone: (text: string) => void }) {
  const { t } = useTranslation('plan');
  const add = useAddMeasurement(planId, goal.id);
  const errors = usePlanFormErrors();
  const [form, setForm] = useState({ value: '', measuredOn: today(), note: '' });
  const id = domId('add-measurement', goal.id);
  const targets = { value: { id: `${id}-value`, label: t('measurement.value') }, measuredOn: { id: `${id}-measuredOn`, label: t('measurement.date') }, note: { id: `${id}-note`, label: t('measurement.note') } };
  const range = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const submit = submitHandler(
    errors,
    () => (form.value === '' ? { value: t('form.required') } : null),
    async () => {
      await add.mutateAsync({ value: Number(form.value), measuredOn: form.measuredOn, note: form.note });
      return t('measurement.added', { value: form.value });
    },
    onDone,
  );
  return (
    <PlanForm id={id} level={4} title={t('measurement.addTitle')} errors={errors} targets={targets} onSubmit={submit} submit={t('measurement.add')} busy={add.isPending} onCancel={() => onDone('')}>
      <SelectField
        id={targets.value.id}
        label={targets.value.label}
        description={t('field.scaleEnds', { min: scale.min, minLabel: scale.minLabel, max: scale.max, maxLabel: scale.maxLabel })}
        value={form.value}
        empty={t('measurement.choose')}
        options={range.map((n) => ({ value: String(n), label: String(n) }))}
        onValue={(v) => setForm((f) => ({ ...f, value: v }))}
        error={errors.fields.value}
      />
      <TextField id={targets.measuredOn.id} type="date" label={targets.measuredOn.label} value={form.measuredOn} onValue={(v) => setForm((f) => ({ ...f, measuredOn: v }))} error={errors.fields.measuredOn} />
      <TextField id={targets.note.id} label={targets.note.label} optional={t('field.optional')} value={form.note} onValue={(v) => setForm((f) => ({ ...f, note: v }))} error={errors.fields.note} />
    </PlanForm>
  );
}

/** A goal's measurements: the line chart with its table, and the form to add one for those who may. */
export function Measurements({ planId, goal, scale, title }: { planId: string; goal: Goal; scale: Scale; title: string }) {
  const { t, i18n } = useTranslation('plan');
  const [notice, setNotice] = useState<string | null>(null);
  const id = domId('measurements', goal.id);
  const sorted = [...goal.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const mayCorrect = goal.policies.includes('measure');
  const buttonId = useCallback((m: Measurement) => domId('correct-button', m.id), []);
  const correcting = useCorrecting(buttonId, `${id}-caption`);
  const columns = [...(['date', 'value', 'note', 'by'] as const).map((key) => ({ key, label: t(`measurement.${key}`) })), ...(mayCorrect ? [{ key: 'correct', label: t('correction.column') }] : [])];
  return (
    <section className="sp-plan-subsection" aria-labelledby={`${id}-heading`}>
      <Heading level={4} id={`${id}-heading`}>
        {t('measurement.title')}
      </Heading>
      <Notice text={notice} />
      {sorted.length === 0 ? (
        <Paragraph className="sp-empty">{t('measurement.empty')}</Paragraph>
      ) : (
        <div className="sp-plan-chart-pair">
          <figure className="sp-plan-figure">
            <LineChart
              min={scale.min}
              max={scale.max}
              series={[{ key: 'goal', name: title, style: 'single', points: sorted.map((m) => ({ on: m.measuredOn, value: m.value })) }]}
              title={t('measurement.chartTitle', { title })}
              formatDate={(iso) => formatShortDay(iso, i18n.language)}
            />
          </figure>
          <ScrollTable captionId={`${id}-caption`} caption={t('measurement.caption', { title, min: scale.min, max: scale.max })} columns={columns}>
            {[...sorted].reverse().map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">{formatDay(m.measuredOn, i18n.language)}</TableHeaderCell>
                <TableCell>{String(m.value)}</TableCell>
                <TableCell>
                  {m.note}
                  <CorrectedMark corrected={m.corrected} earlier={m.earlier.map((e) => ({ key: e.id, text: measurementText(e, i18n.language, t) }))} />
                </TableCell>
                <TableCell>{m.by}</TableCell>
                {mayCorrect && (
                  <TableCell>
                    <CorrectButton id={buttonId(m)} label={t('correction.open')} context={t('correction.context', { value: m.value, date: formatDay(m.measuredOn, i18n.language) })} onClick={() => correcting.open(m)} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </ScrollTable>
        </div>
      )}
      {correcting.row && (
        <CorrectMeasurementForm
          key={correcting.row.id}
          planId={planId}
          measurement={correcting.row}
          scale={scale}
          goalTitle={title}
          onDone={(message) => {
            setNotice(message || null);
            correcting.close();
          }}
        />
      )}
      {goal.policies.includes('measure') && (
        <FormToggle label={t('measurement.open')} onMessage={setNotice}>
          {(done) => <AddMeasurementForm planId={planId} goal={goal} scale={scale} onDone={done} />}
        </FormToggle>
      )}
    </section>
  );
}

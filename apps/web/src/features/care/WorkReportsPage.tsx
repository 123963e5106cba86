import { Button, Checkbox, Heading, Textarea } from '@utrecht/component-library-react';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCareReports, useWriteReport } from './api';
import { ErrorSummary, Field, useFormErrors } from './FormParts';
import { ReportList } from './ReportList';
import './care.css';
import { CareWorkHeader } from './CareWorkHeader';

const maxLength = 10_000;

function ReportForm({ dossierId, onSaved }: { dossierId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation('care');
  const write = useWriteReport(dossierId);
  const [text, setText] = useState('');
  const [visible, setVisible] = useState(true);
  const targets = { text: { id: 'report-text', label: t('reportForm.text') } };
  const translate = useCallback(
    (field: string, code: string): [string, string] | null =>
      field === 'text' ? ['text', code === 'tooLong' ? t('reportForm.textTooLong') : t('reportForm.textMissing')] : null,
    [t],
  );
  const errors = useFormErrors(translate);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return errors.setLocal({ text: t('reportForm.textMissing') });
    if (text.length > maxLength) return errors.setLocal({ text: t('reportForm.textTooLong') });
    try {
      await write.mutateAsync({ text, visibleToResident: visible });
      errors.clear();
      setText('');
      setVisible(true);
      onSaved(t('reportForm.saved'));
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <section className="sp-care-panel" aria-labelledby="report-form-title">
      <Heading level={2} id="report-form-title">
        {t('reportForm.title')}
      </Heading>
      <ErrorSummary id="report-form-errors" summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form sp-care-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={write.isPending}>
        <Field id={targets.text.id} label={targets.text.label} description={t('reportForm.textHelp')} error={errors.fields['text']}>
          {(describedBy) => (
            <Textarea
              id={targets.text.id}
              rows={6}
              value={text}
              onChange={(event) => setText(event.target.value)}
              invalid={Boolean(errors.fields['text'])}
              aria-invalid={errors.fields['text'] ? true : undefined}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field id="report-visible" label={t('reportForm.visible')} description={t('reportForm.visibleHelp')} type="checkbox">
          {(describedBy) => <Checkbox id="report-visible" checked={visible} onChange={(event) => setVisible(event.target.checked)} aria-describedby={describedBy} />}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={write.isPending}>
          {t('reportForm.submit')}
        </Button>
      </form>
    </section>
  );
}

/** The workspace's care reports of one dossier: the list, and the form for provider staff. */
export function WorkReportsPage() {
  const { t } = useTranslation('care');
  const { dossierId = '' } = useParams();
  const reports = useCareReports(dossierId);
  const [message, setMessage] = useState<string | null>(null);
  const mayWrite = reports.data?.pages[0]?.policies.includes('create') ?? false;
  return (
    <>
      <CareWorkHeader dossierId={dossierId} page="reports" message={message} />
      {mayWrite && <ReportForm dossierId={dossierId} onSaved={setMessage} />}
      <section className="sp-care-reports-section" aria-labelledby="work-reports-list">
        <Heading level={2} id="work-reports-list">
          {t('reports.title')}
        </Heading>
        <ReportList dossierId={dossierId} showVisibility />
      </section>
    </>
  );
}

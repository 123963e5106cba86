import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useDossierWrites, type DossierPage } from '../api';
import { requiredDate, todayInput } from './dates';
import { ErrorSummary } from './ErrorSummary';
import { DateField, SelectField } from './fields';
import { required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';

/** Close the dossier with a date and a reason from the catalogue; after that nobody can change it. */
export function CloseDossierForm({ page, onDone }: { page: DossierPage; onDone: () => void }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.close' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const catalogue = useCatalogue();
  const { close } = useDossierWrites(page.id);
  const problem = useProblem(['closedOn']);
  const notice = useNotice();
  const [closedOn, setClosedOn] = useState(todayInput());
  const [reason, setReason] = useState('');
  const targets = { closedOn: { id: 'close-date', label: t('date') }, closingReason: { id: 'close-reason', label: t('reason') } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await close.mutateAsync({ version: page.version, closedOn: requiredDate(closedOn), closingReason: required(reason) });
      notice.ok(t('done'));
      onDone();
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={close.isPending} aria-labelledby="close-title">
      <Heading level={3} id="close-title">
        {t('formTitle')}
      </Heading>
      <Paragraph>{t('warning')}</Paragraph>
      <ErrorSummary problem={problem} id="close-errors" targets={targets} level={4} />
      <DateField id="close-date" label={t('date')} value={closedOn} error={problem.fields['closedOn']} onValue={setClosedOn} />
      <SelectField
        id="close-reason"
        label={t('reason')}
        value={reason}
        empty={tf('choose')}
        options={(catalogue.data?.closingReason ?? []).map((item) => ({ value: item.code, label: item.label }))}
        error={problem.fields['closingReason']}
        onValue={setReason}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" hint="danger" busy={close.isPending} disabled={close.isPending}>
          {t('submit')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {tf('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

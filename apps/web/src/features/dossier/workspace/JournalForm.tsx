import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../identity/http';
import { useCatalogue, useDossierWrites, type JournalEntry } from '../api';
import { requiredDate, toDateInput, todayInput } from './dates';
import { CheckboxField, DateField, SelectField, TextareaField } from './fields';
import { required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';
import { WorkForm } from './WorkForm';

type Props = { dossierId: string; entry?: JournalEntry; onDone: () => void };
type Current = { version: number; note: string };

/** Add a contact note, or correct one's own. A stale correction shows the note as it now is and keeps the input. */
export function JournalForm({ dossierId, entry, onDone }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.journal' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const catalogue = useCatalogue();
  const writes = useDossierWrites(dossierId);
  const saving = entry ? writes.updateJournalEntry : writes.addJournalEntry;
  const problem = useProblem(['occurredOn']);
  const notice = useNotice();
  const prefix = entry ? `journal-${entry.id}` : 'journal-new';
  const [occurredOn, setOccurredOn] = useState(entry ? toDateInput(entry.occurredOn) : todayInput());
  const [contactType, setContactType] = useState(entry?.contactType.code ?? '');
  const [lifeDomain, setLifeDomain] = useState(entry?.lifeDomain?.code ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [visible, setVisible] = useState(entry?.visibleToResident ?? false);
  const [version, setVersion] = useState(entry?.version ?? 0);
  const [current, setCurrent] = useState<Current | null>(null);

  const ids = { occurredOn: `${prefix}-date`, contactType: `${prefix}-type`, lifeDomain: `${prefix}-domain`, note: `${prefix}-note` };
  const targets = {
    occurredOn: { id: ids.occurredOn, label: t('date') },
    contactType: { id: ids.contactType, label: t('contactType') },
    lifeDomain: { id: ids.lifeDomain, label: t('lifeDomain') },
    note: { id: ids.note, label: t('note') },
  };

  const save = async () => {
    const body = {
      occurredOn: requiredDate(occurredOn),
      contactType: required(contactType),
      lifeDomain: lifeDomain || null,
      note: required(note),
      visibleToResident: visible,
    };
    if (entry) await writes.updateJournalEntry.mutateAsync({ ...body, entryId: entry.id, version });
    else await writes.addJournalEntry.mutateAsync(body);
    notice.ok(entry ? t('updated') : t('added'));
    onDone();
  };

  const takeConflict = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 409 && error.current) {
      const now = error.current as Current;
      setCurrent(now);
      // The next save is a deliberate choice, made with the other text in view.
      setVersion(now.version);
    }
  };

  return (
    <WorkForm prefix={prefix} title={entry ? t('editTitle') : t('addTitle')} problem={problem} targets={targets} busy={saving.isPending} onSave={save} onError={takeConflict} onCancel={onDone}>
      {current && (
        <Alert type="warning">
          <Paragraph>{t('conflict')}</Paragraph>
          <blockquote className="sp-work-quote">{current.note}</blockquote>
          <Button appearance="secondary-action-button" onClick={() => setNote(current.note)}>
            {t('takeCurrent')}
          </Button>
        </Alert>
      )}
      <div className="sp-work-form__grid">
        <DateField id={ids.occurredOn} label={t('date')} value={occurredOn} error={problem.fields['occurredOn']} onValue={setOccurredOn} />
        <SelectField
          id={ids.contactType}
          label={t('contactType')}
          value={contactType}
          empty={tf('choose')}
          options={(catalogue.data?.contactType ?? []).map((item) => ({ value: item.code, label: item.label }))}
          error={problem.fields['contactType']}
          onValue={setContactType}
        />
        <SelectField
          id={ids.lifeDomain}
          label={t('lifeDomain')}
          optional
          value={lifeDomain}
          empty={t('noLifeDomain')}
          options={(catalogue.data?.lifeDomain ?? []).map((item) => ({ value: item.code, label: item.label }))}
          error={problem.fields['lifeDomain']}
          onValue={setLifeDomain}
        />
      </div>
      <TextareaField id={ids.note} label={t('note')} value={note} error={problem.fields['note']} onValue={setNote} />
      <CheckboxField
        id={`${prefix}-visible`}
        label={t('visible')}
        description={t('visibleHint')}
        checked={visible}
        error={problem.fields['visibleToResident']}
        onValue={setVisible}
      />
    </WorkForm>
  );
}

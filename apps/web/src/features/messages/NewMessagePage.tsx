import './messages.css';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useDossierThreads, useMyThreads, useRecipients, useStartThread, type Recipient } from './api';
import { ErrorSummary, FileField, SelectField, TextareaField, TextField, useFormErrors, type FieldErrors } from './FormParts';
import { fullName } from './format';
import { SignedInOnly } from './SignedInOnly';

type Props = { area: 'resident' | 'work'; fixedDossierId?: string };

type LabelKey = 'form.recipientWith' | 'form.recipientNoticeOnly';

function recipientLabel(t: (key: LabelKey, options: { name: string; description: string }) => string, recipient: Recipient) {
  if (recipient.noticeOnly) return t('form.recipientNoticeOnly', { name: fullName(recipient), description: recipient.description ?? '' });
  return recipient.description ? t('form.recipientWith', { name: fullName(recipient), description: recipient.description }) : fullName(recipient);
}

/**
 * *Nieuw bericht*: which dossier (only when the resident has more than one open), to whom, subject, text and an
 * optional attachment. The server checks everything and names the field; with a file, the required fields are
 * checked here first so no document is uploaded for a message that cannot be sent.
 */
function NewMessageForm({ area, fixedDossierId }: Props) {
  const { t } = useTranslation('messages');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const mine = useMyThreads(1);
  const writable = mine.data?.writableDossiers ?? [];
  const [chosenDossier, setChosenDossier] = useState(search.get('dossier') ?? '');
  const dossierId = fixedDossierId ?? (writable.length === 1 ? writable[0]!.dossierId : chosenDossier) ?? '';
  const recipients = useRecipients(dossierId || null);
  const [recipient, setRecipient] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const start = useStartThread();
  const errors = useFormErrors();
  const targets = {
    dossierId: { id: 'new-dossier', label: t('form.dossier') },
    recipientPersonId: { id: 'new-recipient', label: t('form.recipient') },
    subject: { id: 'new-subject', label: t('form.subject') },
    body: { id: 'new-body', label: t('form.body') },
    attachment: { id: 'new-attachment', label: t('form.attachment') },
  };
  const back = area === 'resident' ? '/berichten' : fixedDossierId ? `/werk/dossiers/${fixedDossierId}/berichten` : '/werk/berichten';
  const options = (recipients.data ?? []).map((r) => ({ value: r.personId, label: recipientLabel(t, r) }));
  const onlyOne = options.length === 1 ? options[0]!.value : '';
  const chosenRecipient = recipient || onlyOne;
  const noticeOnly = (recipients.data ?? []).find((r) => r.personId === chosenRecipient)?.noticeOnly === true;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dossierId) return errors.setLocal({ dossierId: t('form.dossierMissing') });
    if (file) {
      const local: FieldErrors = {};
      if (!chosenRecipient) local['recipientPersonId'] = t('form.recipientMissing');
      if (!subject.trim()) local['subject'] = t('form.subjectMissing');
      if (!body.trim()) local['body'] = t('form.bodyMissing');
      if (Object.keys(local).length > 0) return errors.setLocal(local);
    }
    try {
      const { id } = await start.mutateAsync({ dossierId, recipientPersonId: chosenRecipient, subject, body, file });
      navigate(area === 'resident' ? `/berichten/${id}` : `/werk/berichten/${id}`, { state: { sent: true } });
    } catch (error) {
      errors.show(error, Object.keys(targets));
    }
  };

  if (mine.data && writable.length === 0 && !fixedDossierId) {
    return <Paragraph>{t('form.noDossier')}</Paragraph>;
  }

  return (
    <>
      <Paragraph>{area === 'resident' ? t('form.intro') : t('form.workIntro')}</Paragraph>
      <ErrorSummary id="new-message-errors" summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form sp-msg-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={start.isPending}>
        {!fixedDossierId && writable.length > 1 && (
          <SelectField
            id={targets.dossierId.id}
            label={targets.dossierId.label}
            value={chosenDossier}
            onValue={(value) => {
              setChosenDossier(value);
              setRecipient('');
            }}
            empty={t('form.choose')}
            options={writable.map((d) => ({ value: d.dossierId, label: t('form.dossierOption', { fileNumber: d.fileNumber, team: d.teamName }) }))}
            error={errors.fields['dossierId']}
          />
        )}
        <SelectField
          id={targets.recipientPersonId.id}
          label={targets.recipientPersonId.label}
          value={chosenRecipient}
          onValue={setRecipient}
          empty={options.length === 1 ? undefined : t('form.choose')}
          options={options}
          busy={recipients.isFetching}
          description={dossierId ? (noticeOnly ? t('form.noticeOnlyHint') : undefined) : t('form.recipientFirstDossier')}
          error={errors.fields['recipientPersonId']}
        />
        <TextField id={targets.subject.id} label={targets.subject.label} value={subject} onValue={setSubject} error={errors.fields['subject']} />
        <TextareaField id={targets.body.id} label={targets.body.label} value={body} onValue={setBody} rows={8} error={errors.fields['body']} />
        <FileField id={targets.attachment.id} label={targets.attachment.label} description={t('form.attachmentHint')} onValue={setFile} error={errors.fields['attachment']} />
        <div className="sp-msg-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={start.isPending}>
            {t('form.submit')}
          </Button>
          <RouterLink to={back}>{t('form.cancel')}</RouterLink>
        </div>
      </form>
    </>
  );
}

export function ResidentNewMessagePage() {
  const { t } = useTranslation('messages');
  return (
    <SignedInOnly title={t('form.title')}>
      <PageHeading>{t('form.title')}</PageHeading>
      <NewMessageForm area="resident" />
    </SignedInOnly>
  );
}

export function WorkNewMessagePage() {
  const { t } = useTranslation('messages');
  const { dossierId = '' } = useParams();
  const fileNumber = useDossierThreads(dossierId, 1).data?.dossier.fileNumber;
  return (
    <>
      <PageHeading>{t('form.title')}</PageHeading>
      {fileNumber && <Paragraph className="sp-muted">{t('list.dossier', { fileNumber })}</Paragraph>}
      <NewMessageForm area="work" fixedDossierId={dossierId} />
    </>
  );
}

import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReply, type Thread } from './api';
import { ErrorSummary, FileField, TextareaField, useFormErrors } from './FormParts';

/** Answer in the same conversation; an optional file goes along as an attachment visible to the resident. */
export function ReplyForm({ thread }: { thread: Thread }) {
  const { t } = useTranslation('messages');
  const reply = useReply(thread);
  const errors = useFormErrors();
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sentCount, setSentCount] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const targets = {
    body: { id: 'reply-body', label: t('reply.body') },
    attachment: { id: 'reply-attachment', label: t('form.attachment') },
  };

  useEffect(() => {
    if (sentCount > 0) doneRef.current?.focus();
  }, [sentCount]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file && !body.trim()) return errors.setLocal({ body: t('form.bodyMissing') });
    try {
      await reply.mutateAsync({ body, file });
      errors.clear();
      setBody('');
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      setSentCount((n) => n + 1);
    } catch (error) {
      setSentCount(0);
      errors.show(error, Object.keys(targets));
    }
  };

  return (
    <section className="sp-msg-reply" aria-labelledby="reply-title">
      <Heading level={2} id="reply-title">
        {t('reply.title')}
      </Heading>
      {sentCount > 0 && (
        <div ref={doneRef} tabIndex={-1} className="sp-msg-focus">
          <Alert type="ok" role="status">
            <Paragraph>{t('reply.sent')}</Paragraph>
          </Alert>
        </div>
      )}
      <ErrorSummary id="reply-errors" summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form sp-msg-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={reply.isPending}>
        <TextareaField id={targets.body.id} label={targets.body.label} value={body} onValue={setBody} rows={5} error={errors.fields['body']} />
        <FileField
          id={targets.attachment.id}
          label={targets.attachment.label}
          description={t('form.attachmentHint')}
          inputRef={fileRef}
          onValue={setFile}
          error={errors.fields['attachment']}
        />
        <Button type="submit" appearance="primary-action-button" busy={reply.isPending}>
          {t('reply.submit')}
        </Button>
      </form>
    </section>
  );
}

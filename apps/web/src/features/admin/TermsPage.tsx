import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextareaField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { usePublishTerms, useTerms } from './api';
import { BackLink, Done, formatMoment, QueryState, useAdminErrors } from './parts';
import './admin.css';

/** Gebruiksvoorwaarden: the current version and when it was published; publishing a new one asks everyone again. */
export function TermsPage() {
  const { t, i18n } = useTranslation('admin');
  const terms = useTerms();
  const publish = usePublishTerms();
  const errors = useAdminErrors();
  const [bodyNl, setBodyNl] = useState('');
  const [bodyEn, setBodyEn] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const targets = { bodyNl: { id: 'terms-nl', label: t('terms.bodyNl') }, bodyEn: { id: 'terms-en', label: t('terms.bodyEn') } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const local: Record<string, string> = {};
    if (bodyNl.trim().length < 20) local['bodyNl'] = t('terms.tooShort');
    if (bodyEn.trim().length < 20) local['bodyEn'] = t('terms.tooShort');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    try {
      const result = await publish.mutateAsync({ bodyNl: bodyNl.trim(), bodyEn: bodyEn.trim() });
      errors.clear();
      setBodyNl('');
      setBodyEn('');
      setDone(t('terms.published', { version: result.version }));
    } catch (error) {
      errors.show(error);
    }
  };

  const current = terms.data;
  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer">{t('back.home')}</BackLink>
      <PageHeading>{t('terms.title')}</PageHeading>
      <Done message={done} />
      <QueryState loading={terms.isPending} error={terms.error} />
      {current && (
        <section aria-labelledby="terms-current-title" className="sp-admin-block">
          <Heading level={2} id="terms-current-title">
            {t('terms.current', { version: current.version })}
          </Heading>
          <Paragraph>{t('terms.publishedAt', { when: formatMoment(current.publishedAt, i18n.language) })}</Paragraph>
          <div className="sp-admin-terms">
            <Heading level={3}>{t('terms.bodyNl')}</Heading>
            <Paragraph className="sp-admin-pre">{current.bodyNl}</Paragraph>
            <Heading level={3}>{t('terms.bodyEn')}</Heading>
            <Paragraph className="sp-admin-pre" lang="en">
              {current.bodyEn}
            </Paragraph>
          </div>
        </section>
      )}
      {current?.policies.includes('update') && (
        <section aria-labelledby="terms-new-title" className="sp-admin-block">
          <Heading level={2} id="terms-new-title">
            {t('terms.new')}
          </Heading>
          <Paragraph>{t('terms.warning')}</Paragraph>
          <ErrorSummary id="terms-errors" level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
          <form className="sp-form sp-admin-form sp-admin-form--wide" noValidate onSubmit={(event) => void submit(event)} aria-busy={publish.isPending}>
            <TextareaField id={targets.bodyNl.id} label={targets.bodyNl.label} rows={8} value={bodyNl} onValue={setBodyNl} error={errors.fields['bodyNl']} />
            <TextareaField id={targets.bodyEn.id} label={targets.bodyEn.label} rows={8} lang="en" value={bodyEn} onValue={setBodyEn} error={errors.fields['bodyEn']} />
            <Button type="submit" appearance="primary-action-button" disabled={publish.isPending}>
              {t('terms.publish')}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}

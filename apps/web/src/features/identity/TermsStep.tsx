import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { identityApi, ProblemError, useTerms, type Step } from './api';
import { useFormErrors } from './form-errors';
import { ErrorSummary } from './FormParts';

type Props = { onNext: (step: Step) => void; onRestart: () => void };

/** The current terms of use, in full, and an explicit "I agree": without it the portal cannot be used. */
export function TermsStep({ onNext, onRestart }: Props) {
  const { t, i18n } = useTranslation('identity');
  const terms = useTerms(true);
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const target = { agree: { id: 'signin-terms-agree', label: t('terms.agree') } };
  const paragraphs = terms.data?.body.split(/\n\s*\n/).filter((text) => text.trim()) ?? [];
  const published = terms.data ? new Date(terms.data.publishedAt).toLocaleDateString(i18n.language, { dateStyle: 'long' }) : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!agreed) return errors.setLocal({ agree: t('errors.termsNotAgreed') });
    if (!terms.data) return;
    setBusy(true);
    try {
      onNext((await identityApi.acceptTerms(terms.data.version)).next);
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) return onRestart();
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const agreeError = errors.fields['agree'];
  return (
    <>
      <PageHeading>{t('terms.title')}</PageHeading>
      <Paragraph>{t('terms.intro')}</Paragraph>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={target} />
      <section className="sp-terms" aria-labelledby="terms-text-title">
        <Heading level={2} id="terms-text-title">
          {terms.data ? t('terms.version', { version: terms.data.version, date: published }) : t('terms.loading')}
        </Heading>
        {/* The server answers in the language asked for, or falls back; mark the text with the language it is in. */}
        <div lang={terms.data?.language ?? 'nl'} className="sp-prose">
          {paragraphs.map((text, index) => (
            <Paragraph key={index}>{text}</Paragraph>
          ))}
        </div>
      </section>
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <CheckboxField id={target.agree.id} label={target.agree.label} error={agreeError} checked={agreed} onValue={setAgreed} />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={!terms.data}>
          {t('terms.submit')}
        </Button>
      </form>
    </>
  );
}

import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import type { FormErrors } from '../../components/form/useFormErrors';

type Props = {
  /** Prefix of the form's ids: `${id}-heading` for its title, `${id}-errors` for its error summary. */
  id: string;
  level: 3 | 4 | 5;
  title: string;
  errors: Pick<FormErrors, 'fields' | 'general' | 'summaryRef'>;
  targets: Record<string, { id: string; label: string }>;
  onSubmit: (event: FormEvent) => void;
  /** The submit button's words, and whether the answer is on its way. */
  submit: string;
  busy: boolean;
  onCancel: () => void;
  children: ReactNode;
};

/** A form that opens in the plan: titled, its error summary first, its fields, then submit and cancel. */
export function PlanForm({ id, level, title, errors, targets, onSubmit, submit, busy, onCancel, children }: Props) {
  const { t } = useTranslation('plan');
  return (
    <form className="sp-form sp-plan-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={level} id={`${id}-heading`}>
        {title}
      </Heading>
      <ErrorSummary summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} id={`${id}-errors`} title={t('form.errorsTitle')} level={4} />
      {children}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submit}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

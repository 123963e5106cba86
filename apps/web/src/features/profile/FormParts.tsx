import { Checkbox, FormLabel } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary as SharedErrorSummary } from '../../components/form/ErrorSummary';
import type { FieldErrors } from '../../components/form/useFormErrors';

export { TextField } from '../../components/form/fields';

type SummaryProps = {
  id: string;
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  targets: Record<string, { id: string; label: string }>;
  level?: 2 | 3;
};

/** The shared error summary in the profile's words. */
export function ErrorSummary(props: SummaryProps) {
  const { t } = useTranslation('profile');
  return <SharedErrorSummary {...props} title={t('errors.summaryTitle')} className="sp-profile-errors" />;
}

type CheckboxFieldProps = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void };

/** A bare checkbox with its label, for a fieldset of consents (no message of its own). */
export function CheckboxField({ id, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="sp-form-checkbox">
      <Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
    </div>
  );
}

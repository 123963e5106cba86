import { useTranslation } from 'react-i18next';
import { ErrorSummary as SharedErrorSummary } from '../../components/form/ErrorSummary';
import type { FieldErrors } from '../../components/form/useFormErrors';
import type { RefObject } from 'react';

export { TextField } from '../../components/form/fields';

type SummaryProps = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  targets: Record<string, { id: string; label: string }>;
  /** Needed when one page has more than one form: ids stay unique, and the heading fits under the section's h2. */
  id?: string;
  level?: 2 | 3;
};

/** The shared error summary in the sign-in and account words. */
export function ErrorSummary({ id = 'error-summary', ...props }: SummaryProps) {
  const { t } = useTranslation('identity');
  return <SharedErrorSummary {...props} id={id} title={t('errors.summaryTitle')} className="sp-error-summary" />;
}

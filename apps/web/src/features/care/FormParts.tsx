import type { ReactNode, RefObject } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary as SharedErrorSummary } from '../../components/form/ErrorSummary';
import { readProblem, useFormErrors as useSharedFormErrors, type FieldErrors } from '../../components/form/useFormErrors';

export { Field } from '../../components/form/fields';
export type { FieldErrors };

/**
 * The planning forms' problems (see components/form). `translate` turns a server field problem into this form's
 * field and wording, or null to leave it out; keep it stable.
 */
export function useFormErrors(translate: (field: string, code: string, message: string) => [string, string] | null) {
  const { t } = useTranslation('care');
  const read = useCallback(
    (error: unknown) =>
      readProblem(error, {
        network: t('work.network'),
        forbidden: t('work.forbidden'),
        field: (item) => translate(item.field, item.code, item.message),
      }),
    [t, translate],
  );
  return useSharedFormErrors(read);
}

type SummaryProps = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  targets: Record<string, { id: string; label: string }>;
  id: string;
  title?: string;
  children?: ReactNode;
};

/** The shared error summary in the planning's words, under a section heading. */
export function ErrorSummary({ title, ...props }: SummaryProps) {
  const { t } = useTranslation('care');
  return <SharedErrorSummary {...props} title={title ?? t('work.errorsTitle')} level={3} className="sp-care-error-summary" />;
}

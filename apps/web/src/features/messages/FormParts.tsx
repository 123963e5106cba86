import type { RefObject } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary as SharedErrorSummary } from '../../components/form/ErrorSummary';
import { readProblem, useFormErrors as useSharedFormErrors, type FieldErrors } from '../../components/form/useFormErrors';

export { FileField, SelectField, TextareaField, TextField } from '../../components/form/fields';
export type { FieldErrors };

/** The message forms' problems (see components/form): only messages for the form's own fields (`known`). */
export function useFormErrors() {
  const { t } = useTranslation('messages');
  const read = useCallback(
    (error: unknown, known: readonly string[]) =>
      readProblem(error, {
        network: t('errors.network'),
        forbidden: t('errors.forbidden'),
        field: (item) => {
          // The file field of the form becomes the attachmentDocumentId of the request.
          const field = item.field === 'attachmentDocumentId' ? 'attachment' : item.field;
          return known.includes(field) ? [field, item.message] : null;
        },
      }),
    [t],
  );
  return useSharedFormErrors(read);
}

type SummaryProps = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  targets: Record<string, { id: string; label: string }>;
  id: string;
};

/** The shared error summary in the messages' words. */
export function ErrorSummary(props: SummaryProps) {
  const { t } = useTranslation('messages');
  return <SharedErrorSummary {...props} title={t('errors.summaryTitle')} className="sp-msg-errors" />;
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useFormErrors } from '../../../components/form/useFormErrors';

export type { FieldErrors } from '../../../components/form/useFormErrors';

/**
 * A form's problems (see components/form). Date fields get the expected format instead of a bare "invalid format",
 * and a form may say more than the server's general words for a field and code (`messages['bsn.invalidFormat']`).
 */
export function useProblem(dateFields: readonly string[] = [], messages: Readonly<Record<string, string>> = {}) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const read = useCallback(
    (error: unknown) =>
      readProblem(error, {
        network: t('network'),
        field: (item) => {
          const own = messages[`${item.field}.${item.code}`] ?? (dateFields.includes(item.field) && item.code === 'invalidFormat' ? t('dateFormat') : undefined);
          return [item.field, own ?? item.message];
        },
        general: (error) => [error.title, error.detail].filter(Boolean).join('. '),
      }),
    [dateFields, messages, t],
  );
  return useFormErrors(read);
}

export type Problem = ReturnType<typeof useProblem>;

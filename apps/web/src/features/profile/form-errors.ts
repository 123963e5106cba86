import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useFormErrors as useSharedFormErrors } from '../../components/form/useFormErrors';

/**
 * The profile forms' problems (see components/form): server field messages by their top field (an e-mail format
 * problem gets our plainer text); a caller may give its own general message.
 */
export function useFormErrors() {
  const { t } = useTranslation('profile');
  const read = useCallback(
    (error: unknown, generalMessage: string | null = null) => {
      const { fields, general } = readProblem(error, {
        network: t('errors.network'),
        field: (item) => {
          const field = item.field.split('.')[0]!;
          return [field, field === 'email' && item.code === 'invalidFormat' ? t('errors.emailFormat') : item.message];
        },
      });
      return { fields, general: generalMessage ?? general };
    },
    [t],
  );
  return useSharedFormErrors(read);
}

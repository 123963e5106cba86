import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useFormErrors as useSharedFormErrors } from '../../components/form/useFormErrors';

export type { FieldErrors } from '../../components/form/useFormErrors';

/**
 * The sign-in and account forms' problems (see components/form): the server's field messages as sent, and
 * `translateGeneral` may put its own general message first (a locked account, a wrong code).
 */
export function useFormErrors(translateGeneral: (error: unknown) => string | null = () => null) {
  const { t } = useTranslation('identity');
  const read = useCallback(
    (error: unknown) => {
      const { fields, general } = readProblem(error, { network: t('errors.network') });
      return { fields, general: translateGeneral(error) ?? general };
    },
    [t, translateGeneral],
  );
  return useSharedFormErrors(read);
}

import { useCallback, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useFormErrors, type FieldErrors, type FormErrors } from '../../components/form/useFormErrors';

/** A plan form's problems: the server's messages at their fields, else one general message in the plan's words. */
export function usePlanFormErrors() {
  const { t } = useTranslation('plan');
  const read = useCallback((error: unknown) => readProblem(error, { network: t('form.network'), forbidden: t('form.forbidden') }), [t]);
  return useFormErrors(read);
}

/**
 * A plan form's submit: problems `check` finds before sending (a message per field) stop it; else `send` runs and
 * the words it answers with (what happened) go to `onDone`; a refused or failed request shows at the fields.
 */
export function submitHandler(errors: Pick<FormErrors, 'setLocal' | 'show'>, check: () => FieldErrors | null, send: () => Promise<string>, onDone: (message: string) => void) {
  return async (event: FormEvent) => {
    event.preventDefault();
    const problems = check();
    if (problems) return errors.setLocal(problems);
    try {
      onDone(await send());
    } catch (caught) {
      errors.show(caught);
    }
  };
}

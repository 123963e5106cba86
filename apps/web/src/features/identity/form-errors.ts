import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from './api';

export type FieldErrors = Record<string, string>;

/**
 * Turns a failed request into field messages (from the server, already translated) and one general message, and
 * hands back a ref for the error summary so focus can move there: the first thing a screen reader then reads.
 */
export function useFormErrors(translateGeneral: (error: unknown) => string | null = () => null) {
  const { t } = useTranslation('identity');
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Counts failed submits; focusing after the render that shows the summary, also when the text did not change.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const show = useCallback(
    (error: unknown) => {
      const nextFields: FieldErrors = {};
      let nextGeneral = translateGeneral(error);
      if (error instanceof ProblemError) {
        for (const item of error.errors) nextFields[item.field] ??= item.message;
        if (!nextGeneral && error.errors.length === 0) nextGeneral = error.detail || error.title;
      } else if (!nextGeneral) {
        nextGeneral = t('errors.network');
      }
      setFields(nextFields);
      setGeneral(nextGeneral);
      setAttempt((n) => n + 1);
    },
    [t, translateGeneral],
  );

  const setLocal = useCallback((local: FieldErrors) => {
    setFields(local);
    setGeneral(null);
    setAttempt((n) => n + 1);
  }, []);

  const clear = useCallback(() => {
    setFields({});
    setGeneral(null);
  }, []);

  return { fields, general, summaryRef, show, setLocal, clear };
}

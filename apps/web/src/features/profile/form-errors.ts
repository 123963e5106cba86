import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/http';

/**
 * Turns a failed request into field messages (from the server, already translated; an e-mail format problem gets
 * our plainer text) and one general message, and moves focus to the summary after each failed submit.
 */
export function useFormErrors() {
  const { t } = useTranslation('profile');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const show = useCallback(
    (error: unknown, generalMessage: string | null = null) => {
      const next: Record<string, string> = {};
      let message = generalMessage;
      if (error instanceof ProblemError) {
        for (const item of error.errors) {
          const field = item.field.split('.')[0]!;
          next[field] ??= field === 'email' && item.code === 'invalidFormat' ? t('errors.emailFormat') : item.message;
        }
        if (!message && error.errors.length === 0) message = error.detail || error.title;
      } else if (!message) {
        message = t('errors.network');
      }
      setFields(next);
      setGeneral(message);
      setAttempt((n) => n + 1);
    },
    [t],
  );

  const setLocal = useCallback((local: Record<string, string>) => {
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

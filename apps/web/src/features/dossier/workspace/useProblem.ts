import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../identity/http';

export type FieldErrors = Record<string, string>;

/**
 * A form's problems: the server's messages per field (already translated), one general message, and the summary
 * that takes focus after each failed submit. Date fields get the expected format instead of a bare "invalid format",
 * and a form may say more than the server's general words for a field and code (`messages['bsn.invalidFormat']`).
 */
export function useProblem(dateFields: readonly string[] = [], messages: Readonly<Record<string, string>> = {}) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const show = useCallback(
    (error: unknown) => {
      const next: FieldErrors = {};
      let message: string | null = null;
      if (error instanceof ProblemError) {
        for (const item of error.errors) {
          const own = messages[`${item.field}.${item.code}`] ?? (dateFields.includes(item.field) && item.code === 'invalidFormat' ? t('dateFormat') : undefined);
          next[item.field] ??= own ?? item.message;
        }
        if (error.errors.length === 0) message = [error.title, error.detail].filter(Boolean).join('. ');
      } else {
        message = t('network');
      }
      setFields(next);
      setGeneral(message);
      setAttempt((n) => n + 1);
    },
    [dateFields, messages, t],
  );

  const clear = useCallback(() => {
    setFields({});
    setGeneral(null);
  }, []);

  return { fields, general, summaryRef, show, clear };
}

export type Problem = ReturnType<typeof useProblem>;

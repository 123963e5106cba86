import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from '../../features/identity/http';

export type FieldErrors = Record<string, string>;
export type FormProblem = { fields: FieldErrors; general: string | null };
type FieldProblem = ProblemError['errors'][number];

type ReadOptions = {
  /** Said when the request did not reach the server (or failed in some other way than a problem answer). */
  network: string;
  /** Said for a 403 that names no field; without it the server's own words are shown. */
  forbidden?: string;
  /** This form's field and wording for a server field problem; null leaves the problem out. Default: as sent. */
  field?: (item: FieldProblem) => readonly [string, string] | null;
  /** The general message when no field message remains; default the server's detail, else its title. */
  general?: (error: ProblemError) => string;
};

/** A failed request as field messages (the first per field) and one general message, for `useFormErrors`. */
export function readProblem(error: unknown, { network, forbidden, field, general }: ReadOptions): FormProblem {
  if (!(error instanceof ProblemError)) return { fields: {}, general: network };
  const fields: FieldErrors = {};
  for (const item of error.errors) {
    const mapped = field ? field(item) : ([item.field, item.message] as const);
    if (mapped) fields[mapped[0]] ??= mapped[1];
  }
  if (Object.keys(fields).length > 0) return { fields, general: null };
  const message = error.status === 403 && forbidden ? forbidden : general ? general(error) : error.detail || error.title;
  return { fields, general: message };
}

/**
 * A form's problems: messages per field and one general message, and the ref of the error summary, which takes focus
 * after every failed submit (also when the text did not change): the first thing a screen reader then reads.
 * `read` turns the caught error into those messages (mostly `readProblem` with the feature's words); keep it stable.
 */
export function useFormErrors<A extends unknown[]>(read: (error: unknown, ...args: A) => FormProblem) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const show = useCallback(
    (error: unknown, ...args: A) => {
      const next = read(error, ...args);
      setFields(next.fields);
      setGeneral(next.general);
      setAttempt((n) => n + 1);
    },
    [read],
  );

  /** Problems found before sending (a required field left empty). */
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

export type FormErrors = ReturnType<typeof useFormErrors>;

import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/http';

export type FieldErrors = Record<string, string>;

/**
 * Field messages and one general message for a form; after a failed submit focus moves to the summary, the first
 * thing a screen reader then reads. `translate` turns a server field problem into this form's field and wording.
 */
export function useFormErrors(translate: (field: string, code: string, message: string) => [string, string] | null) {
  const { t } = useTranslation('care');
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
          const mapped = translate(item.field, item.code, item.message);
          if (mapped) next[mapped[0]] ??= mapped[1];
        }
        if (Object.keys(next).length === 0) message = error.status === 403 ? t('work.forbidden') : error.detail || error.title;
      } else {
        message = t('work.network');
      }
      setFields(next);
      setGeneral(message);
      setAttempt((n) => n + 1);
    },
    [t, translate],
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

type SummaryProps = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  targets: Record<string, { id: string; label: string }>;
  id: string;
  title?: string;
  children?: ReactNode;
};

/** The problems above a form; each item jumps to its field. */
export function ErrorSummary({ summaryRef, general, fields, targets, id, title, children }: SummaryProps) {
  const { t } = useTranslation('care');
  const entries = Object.entries(fields).filter(([field]) => targets[field]);
  if (!general && entries.length === 0 && !children) return null;
  const jump = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className="sp-care-error-summary" aria-labelledby={`${id}-title`}>
      <Alert type="error">
        <Heading level={3} id={`${id}-title`} className="sp-care-error-summary__title">
          {title ?? t('work.errorsTitle')}
        </Heading>
        {general && <Paragraph>{general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, message]) => (
              <UnorderedListItem key={field}>
                <Link href={`#${targets[field]!.id}`} onClick={jump(targets[field]!.id)}>
                  {t('work.fieldLink', { label: targets[field]!.label, message })}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {children}
      </Alert>
    </div>
  );
}

type FieldProps = {
  id: string;
  label: string;
  description?: string;
  error?: string;
  type?: 'text' | 'checkbox';
  /** The control, given aria-describedby and aria-invalid by the caller through `describedBy`. */
  children: (describedBy: string | undefined) => ReactNode;
};

/** Label, description, error message and control, tied together with aria-describedby. */
export function Field({ id, label, description, error, type = 'text', children }: FieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  if (type === 'checkbox') {
    return (
      <FormField type="checkbox" invalid={Boolean(error)} className="sp-care-field sp-care-field--checkbox">
        {error && (
          <FormFieldErrorMessage id={errorId} className="sp-care-field__error">
            {error}
          </FormFieldErrorMessage>
        )}
        <div className="sp-care-checkbox">
          {children(describedBy)}
          <FormLabel htmlFor={id} type="checkbox">
            {label}
          </FormLabel>
        </div>
        {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      </FormField>
    );
  }
  return (
    <FormField type="text" invalid={Boolean(error)} className="sp-care-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={errorId} className="sp-care-field__error">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children(describedBy)}</div>
    </FormField>
  );
}

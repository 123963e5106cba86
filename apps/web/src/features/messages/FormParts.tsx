import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/api';

export type FieldErrors = Record<string, string>;

/** Server field messages (already translated) plus one general message; focus moves to the summary after a failure. */
export function useFormErrors() {
  const { t } = useTranslation('messages');
  const [fields, setFields] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);
  const show = useCallback(
    (error: unknown, known: readonly string[]) => {
      const next: FieldErrors = {};
      let message: string | null = null;
      if (error instanceof ProblemError) {
        for (const item of error.errors) {
          // The file field of the form becomes the attachmentDocumentId of the request.
          const field = item.field === 'attachmentDocumentId' ? 'attachment' : item.field;
          if (known.includes(field)) next[field] ??= item.message;
        }
        if (Object.keys(next).length === 0) message = error.status === 403 ? t('errors.forbidden') : error.detail || error.title;
      } else {
        message = t('errors.network');
      }
      setFields(next);
      setGeneral(message);
      setAttempt((n) => n + 1);
    },
    [t],
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
};

/** The problems above the form; each item jumps to its field. */
export function ErrorSummary({ summaryRef, general, fields, targets, id }: SummaryProps) {
  const { t } = useTranslation('messages');
  const entries = Object.entries(fields).filter(([field]) => targets[field]);
  if (!general && entries.length === 0) return null;
  const jump = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className="sp-msg-errors" aria-labelledby={`${id}-title`}>
      <Alert type="error">
        <Heading level={2} id={`${id}-title`} className="sp-msg-errors__title">
          {t('errors.summaryTitle')}
        </Heading>
        {general && <Paragraph>{general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, message]) => (
              <UnorderedListItem key={field}>
                <Link href={`#${targets[field]!.id}`} onClick={jump(targets[field]!.id)}>
                  {t('errors.fieldLink', { label: targets[field]!.label, message })}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

type FieldProps = { id: string; label: string; description?: string; error?: string };

function describedBy(id: string, description?: string, error?: string) {
  return [error ? `${id}-error` : null, description ? `${id}-description` : null].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, label, description, error, type, children }: FieldProps & { type: 'text' | 'select' | 'textarea'; children: ReactNode }) {
  return (
    <FormField type={type === 'textarea' ? 'text' : type} invalid={Boolean(error)} className="sp-msg-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="sp-msg-field__error">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export function TextField({ value, onChange, maxLength, ...field }: FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number }) {
  return (
    <FieldFrame {...field} type="text">
      <Textbox
        id={field.id}
        value={value}
        maxLength={maxLength}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.description, field.error)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export function TextareaField({ value, onChange, rows = 6, ...field }: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <FieldFrame {...field} type="textarea">
      <Textarea
        id={field.id}
        value={value}
        rows={rows}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.description, field.error)}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

type Option = { value: string; label: string };

export function SelectField({ value, onChange, options, placeholder, busy, ...field }: FieldProps & { value: string; onChange: (value: string) => void; options: Option[]; placeholder?: string; busy?: boolean }) {
  return (
    <FieldFrame {...field} type="select">
      <Select
        id={field.id}
        value={value}
        busy={busy}
        invalid={Boolean(field.error)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.description, field.error)}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}

/** A plain file input: keyboard and screen readers know it, and on a phone it offers the camera as well. */
export function FileField({ onChange, inputRef, ...field }: FieldProps & { onChange: (file: File | null) => void; inputRef?: RefObject<HTMLInputElement | null> }) {
  return (
    <FieldFrame {...field} type="text">
      <input
        ref={inputRef}
        id={field.id}
        type="file"
        className="sp-msg-file"
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.description, field.error)}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}

import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
  type TextboxProps,
} from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './form-errors';

type SummaryProps = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  /** Field name → id of its input and visible label, so each message links to its field. */
  targets: Record<string, { id: string; label: string }>;
  /** Needed when one page has more than one form: ids stay unique, and the heading fits under the section's h2. */
  id?: string;
  level?: 2 | 3;
};

/** The list of problems above the form. It receives focus after a failed submit; each item jumps to its field. */
export function ErrorSummary({ summaryRef, general, fields, targets, id = 'error-summary', level = 2 }: SummaryProps) {
  const { t } = useTranslation('identity');
  const entries = Object.entries(fields).filter(([field]) => targets[field]);
  if (!general && entries.length === 0) return null;
  const jump = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className="sp-error-summary" aria-labelledby={`${id}-title`}>
      <Alert type="error">
        <Heading level={level} id={`${id}-title`} className="sp-error-summary__title">
          {t('errors.summaryTitle')}
        </Heading>
        {general && <Paragraph>{general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, message]) => {
              const target = targets[field]!;
              return (
                <UnorderedListItem key={field}>
                  <Link href={`#${target.id}`} onClick={jump(target.id)}>
                    {t('errors.fieldLink', { label: target.label, message })}
                  </Link>
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

type TextFieldProps = Omit<TextboxProps, 'id'> & {
  id: string;
  label: string;
  description?: string;
  error?: string;
  /** Extra control next to the input, e.g. the show/hide button of a password field. */
  addon?: ReactNode;
};

/** Label, optional description, error message and input, tied together with aria-describedby and aria-invalid. */
export function TextField({ id, label, description, error, addon, ...input }: TextFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField type="text" invalid={Boolean(error)} className="sp-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={errorId} className="sp-field__error">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input sp-field__input">
        <Textbox id={id} invalid={Boolean(error)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
        {addon}
      </div>
    </FormField>
  );
}

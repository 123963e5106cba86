import {
  Alert,
  Checkbox,
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
import type { MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type SummaryProps = {
  id: string;
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: Record<string, string>;
  /** Field name → id of its control and its visible label, so each message jumps to its field. */
  targets: Record<string, { id: string; label: string }>;
  level?: 2 | 3;
};

/** The problems above a form; it gets focus after a failed submit and each item jumps to its field. */
export function ErrorSummary({ id, summaryRef, general, fields, targets, level = 2 }: SummaryProps) {
  const { t } = useTranslation('profile');
  const entries = Object.entries(fields).filter(([field]) => targets[field]);
  if (!general && entries.length === 0) return null;
  const jump = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className="sp-profile-errors" aria-labelledby={`${id}-title`}>
      <Alert type="error">
        <Heading level={level} id={`${id}-title`} className="sp-profile-errors__title">
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

type TextFieldProps = Omit<TextboxProps, 'id'> & { id: string; label: string; description?: string; error?: string };

/** Label, optional hint, error message and input, tied together with aria-describedby and aria-invalid. */
export function TextField({ id, label, description, error, ...input }: TextFieldProps) {
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField type="text" invalid={Boolean(error)} className="sp-profile-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={errorId} className="sp-profile-field__error">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Textbox id={id} invalid={Boolean(error)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      </div>
    </FormField>
  );
}

type CheckboxFieldProps = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void };

export function CheckboxField({ id, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <div className="sp-profile-checkbox">
      <Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
    </div>
  );
}

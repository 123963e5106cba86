import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  type TextareaProps,
  type TextboxProps,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Base = { id: string; label: string; description?: string; error?: string | undefined; wide?: boolean; optional?: boolean };

/** The ids a control points at: its error first (read first), then its description. */
function describedBy({ id, description, error }: Base) {
  return [error ? `${id}-error` : null, description ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

function Frame({ id, label, description, error, wide, optional, type, children }: Base & { type: 'text' | 'select' | 'textarea'; children: ReactNode }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  return (
    <FormField type={type} invalid={Boolean(error)} className={`sp-work-field${wide ? ' sp-work-field--wide' : ''}`}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional && <span className="sp-work-optional">{` ${t('optional')}`}</span>}
        </FormLabel>
      </div>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

type TextProps = Base & Omit<TextboxProps, 'id' | 'onChange'> & { onValue: (value: string) => void };

export function TextField({ id, label, description, error, wide, optional, onValue, ...input }: TextProps) {
  const base = { id, label, description, error, wide, optional };
  return (
    <Frame {...base} type="text">
      <Textbox
        id={id}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(base)}
        onChange={(event) => onValue(event.target.value)}
        {...input}
      />
    </Frame>
  );
}

/** A date typed as dd-mm-jjjj, with that format said under the label. */
export function DateField(props: Omit<TextProps, 'description'>) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  return <TextField {...props} description={t('dateHint')} inputMode="numeric" autoComplete="off" className="sp-work-date" />;
}

type AreaProps = Base & Omit<TextareaProps, 'id' | 'onChange'> & { onValue: (value: string) => void };

export function TextareaField({ id, label, description, error, wide = true, optional, onValue, ...input }: AreaProps) {
  const base = { id, label, description, error, wide, optional };
  return (
    <Frame {...base} type="textarea">
      <Textarea
        id={id}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(base)}
        onChange={(event) => onValue(event.target.value)}
        rows={5}
        {...input}
      />
    </Frame>
  );
}

type SelectProps = Base & {
  value: string;
  onValue: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The first, empty choice ("Kies…", "Geen"). */
  empty?: string;
};

export function SelectField({ id, label, description, error, wide, optional, value, onValue, options, empty }: SelectProps) {
  const base = { id, label, description, error, wide, optional };
  return (
    <Frame {...base} type="select">
      <Select
        id={id}
        value={value}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(base)}
        onChange={(event) => onValue(event.target.value)}
      >
        {empty !== undefined && <SelectOption value="">{empty}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </Frame>
  );
}

type CheckProps = Base & { checked: boolean; onValue: (checked: boolean) => void; disabled?: boolean };

export function CheckboxField({ id, label, description, error, wide = true, checked, onValue, disabled }: CheckProps) {
  const base = { id, label, description, error, wide };
  return (
    <FormField type="checkbox" invalid={Boolean(error)} className={`sp-work-field sp-work-field--check${wide ? ' sp-work-field--wide' : ''}`}>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="sp-work-check">
        <Checkbox
          id={id}
          checked={checked}
          disabled={disabled}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(base)}
          onChange={(event) => onValue(event.target.checked)}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-hint`} className="sp-work-check__hint">
          {description}
        </FormFieldDescription>
      )}
    </FormField>
  );
}

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
import type { ReactNode, RefObject } from 'react';
import './form.css';

export type FieldBase = {
  id: string;
  label: string;
  /** A hint under the label, already translated; the control points at it as `${id}-hint`. */
  description?: string | undefined;
  error?: string | undefined;
  /** Already translated, e.g. "(niet verplicht)": said after the label in normal weight. */
  optional?: string | undefined;
  /** The feature's own class next to `sp-form-field` (a control's own class is `className`). */
  fieldClassName?: string | undefined;
};

/** The ids a control points at: its error first (read first), then its description. */
export function describedBy({ id, description, error }: Pick<FieldBase, 'id' | 'description' | 'error'>) {
  return [error ? `${id}-error` : null, description ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

/** What every control says about its state: invalid (for the look and for assistive technology) and its hint ids. */
function stateOf(field: Pick<FieldBase, 'id' | 'description' | 'error'>) {
  return { invalid: Boolean(field.error), 'aria-invalid': field.error ? true : undefined, 'aria-describedby': describedBy(field) } as const;
}

type FieldProps = FieldBase & {
  type?: 'text' | 'select' | 'textarea' | 'checkbox';
  /** The control; as a function it gets the ids for its aria-describedby. */
  children: ReactNode | ((describedBy: string | undefined) => ReactNode);
  /** Next to the control, e.g. the show/hide button of a password: the two then stack. */
  addon?: ReactNode;
};

/** Label, description, error message and control, tied together with aria-describedby. */
export function Field({ id, label, description, error, optional, fieldClassName, type = 'text', children, addon }: FieldProps) {
  const control = typeof children === 'function' ? children(describedBy({ id, description, error })) : children;
  const classes = ['sp-form-field', type === 'checkbox' && 'sp-form-field--checkbox', fieldClassName].filter(Boolean).join(' ');
  const errorMessage = error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>;
  if (type === 'checkbox') {
    return (
      <FormField type="checkbox" invalid={Boolean(error)} className={classes}>
        {errorMessage}
        <div className="sp-form-checkbox">
          {control}
          <FormLabel htmlFor={id} type="checkbox">
            {label}
          </FormLabel>
        </div>
        {description && (
          <FormFieldDescription id={`${id}-hint`} className="sp-form-checkbox__hint">
            {description}
          </FormFieldDescription>
        )}
      </FormField>
    );
  }
  return (
    <FormField type={type} invalid={Boolean(error)} className={classes}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional && <span className="sp-form-optional">{` ${optional}`}</span>}
        </FormLabel>
      </div>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {errorMessage}
      <div className={addon ? 'utrecht-form-field__input sp-form-field__stack' : 'utrecht-form-field__input'}>
        {control}
        {addon}
      </div>
    </FormField>
  );
}

/** Called with the new text; a caller may instead pass the control's own onChange. */
type WithValue = { onValue?: (value: string) => void };

export type TextFieldProps = FieldBase & WithValue & { addon?: ReactNode } & Omit<TextboxProps, 'id'>;

export function TextField({ id, label, description, error, optional, fieldClassName, onValue, addon, ...input }: TextFieldProps) {
  const base = { id, label, description, error, optional, fieldClassName };
  return (
    <Field {...base} addon={addon}>
      <Textbox
        id={id}
        {...stateOf(base)}
        {...input}
        onChange={onValue ? (event) => onValue(event.target.value) : input.onChange}
      />
    </Field>
  );
}

export type TextareaFieldProps = FieldBase & WithValue & Omit<TextareaProps, 'id'>;

export function TextareaField({ id, label, description, error, optional, fieldClassName, onValue, ...input }: TextareaFieldProps) {
  const base = { id, label, description, error, optional, fieldClassName };
  return (
    <Field {...base} type="textarea">
      <Textarea
        id={id}
        {...stateOf(base)}
        {...input}
        onChange={onValue ? (event) => onValue(event.target.value) : input.onChange}
      />
    </Field>
  );
}

export type SelectFieldProps = FieldBase & {
  value: string;
  onValue: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The first, empty choice ("Kies…", "Geen"), already translated. */
  empty?: string | undefined;
  busy?: boolean;
  name?: string;
};

export function SelectField({ value, onValue, options, empty, busy, name, ...field }: SelectFieldProps) {
  return (
    <Field {...field} type="select">
      <Select
        id={field.id}
        name={name}
        value={value}
        busy={busy}
        {...stateOf(field)}
        onChange={(event) => onValue(event.target.value)}
      >
        {empty !== undefined && <SelectOption value="">{empty}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}

export type CheckboxFieldProps = FieldBase & { checked: boolean; onValue: (checked: boolean) => void; disabled?: boolean };

export function CheckboxField({ checked, onValue, disabled, ...field }: CheckboxFieldProps) {
  return (
    <Field {...field} type="checkbox">
      <Checkbox
        id={field.id}
        checked={checked}
        disabled={disabled}
        {...stateOf(field)}
        onChange={(event) => onValue(event.target.checked)}
      />
    </Field>
  );
}

/** A plain file input: keyboard and screen readers know it, and on a phone it offers the camera as well. */
type FileFieldProps = FieldBase & { onValue: (file: File | null) => void; inputRef?: RefObject<HTMLInputElement | null>; className?: string };

export function FileField({ onValue, inputRef, className, ...field }: FileFieldProps) {
  return (
    <Field {...field}>
      <input
        ref={inputRef}
        id={field.id}
        type="file"
        className={className ? `sp-form-file ${className}` : 'sp-form-file'}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field)}
        onChange={(event) => onValue(event.target.files?.[0] ?? null)}
      />
    </Field>
  );
}

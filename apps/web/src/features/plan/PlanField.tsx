import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton, Checkbox, Textarea } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, TextareaField } from '../../components/form/fields';
import type { FieldAddress, FieldView } from './api';
import { FieldFrame } from './FieldFrame';
import { domId, formatDay } from './format';
import { useFieldSave, type FieldSave } from './useFieldSave';

/** How a field is filled in: the question types of a questionnaire, plus a choice from a list (a life domain). */
export type Control = {
  type: 'shortText' | 'longText' | 'date' | 'yesNo' | 'singleChoice' | 'multipleChoice' | 'number' | 'scale' | 'select';
  options?: ReadonlyArray<{ key: string; label: string }>;
  min?: number | undefined;
  max?: number | undefined;
  minLabel?: string | undefined;
  maxLabel?: string | undefined;
};

/** A stored value as words, for a read-only field, the history and a conflict. */
export function formatValue(control: Control, value: unknown, t: TFunction<'plan'>, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const option = (key: unknown) => control.options?.find((o) => o.key === key)?.label ?? String(key);
  switch (control.type) {
    case 'date':
      return typeof value === 'string' ? formatDay(value, language) : String(value);
    case 'yesNo':
      return value === true ? t('answer.yes') : value === false ? t('answer.no') : '';
    case 'singleChoice':
    case 'select':
      return option(value);
    case 'multipleChoice':
      return Array.isArray(value) ? value.map(option).join(', ') : '';
    case 'scale':
      return t('answer.scale', { value: String(value), max: control.max ?? '' });
    default:
      return String(value);
  }
}

const emptyOf = (control: Control) => (control.type === 'multipleChoice' ? [] : control.type === 'shortText' || control.type === 'longText' ? '' : null);

type Props = {
  planId: string;
  address: FieldAddress;
  field: FieldView | undefined;
  writable: boolean;
  label: string;
  help?: string | undefined;
  required?: boolean;
  control: Control;
  /** The id of a heading that already names the field (a text block's title): no label of its own then. */
  labelledBy?: string;
  /** Shown read-only in place of an empty value ("Nog niet ingevuld"). */
  emptyText?: string;
  /** Extra classes on the field (e.g. a goal's title in bold). */
  className?: string;
  /** More controls on the same value under the editor (an action's "done today"). */
  extra?: (save: FieldSave) => ReactNode;
};

function ChoiceGroup({ id, label, help, error, required, save, control }: { id: string; label: string; help?: string | undefined; error?: string | undefined; required?: boolean | undefined; save: FieldSave; control: Control }) {
  const { t } = useTranslation('plan');
  const describedBy = [error ? `${id}-error` : null, help ? `${id}-hint` : null, control.type === 'scale' && (control.minLabel || control.maxLabel) ? `${id}-ends` : null].filter(Boolean).join(' ') || undefined;
  const options: Array<{ key: string; label: string; value: unknown }> =
    control.type === 'yesNo'
      ? [
          { key: 'yes', label: t('answer.yes'), value: true },
          { key: 'no', label: t('answer.no'), value: false },
        ]
      : control.type === 'scale'
        ? Array.from({ length: (control.max ?? 10) - (control.min ?? 0) + 1 }, (_, i) => {
            const n = (control.min ?? 0) + i;
            return { key: String(n), label: String(n), value: n };
          })
        : (control.options ?? []).map((o) => ({ key: o.key, label: o.label, value: o.key }));
  const multiple = control.type === 'multipleChoice';
  const selected = (value: unknown) => (multiple ? Array.isArray(save.value) && save.value.includes(value) : save.value === value);
  const toggle = (value: unknown, on: boolean) => {
    const list = Array.isArray(save.value) ? (save.value as unknown[]) : [];
    save.commit(on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
  };
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} className="sp-plan-choices" role={control.type === 'scale' || !multiple ? 'radiogroup' : undefined}>
      <FieldsetLegend className="sp-plan-choices__legend">
        {label}
        {required && <span className="sp-form-optional">{` ${t('field.required')}`}</span>}
      </FieldsetLegend>
      {help && <FormFieldDescription id={`${id}-hint`}>{help}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {control.type === 'scale' && (control.minLabel || control.maxLabel) && (
        <FormFieldDescription id={`${id}-ends`} className="sp-plan-scale__ends">
          {t('field.scaleEnds', { min: control.min, minLabel: control.minLabel ?? '', max: control.max, maxLabel: control.maxLabel ?? '' })}
        </FormFieldDescription>
      )}
      <div className={control.type === 'scale' ? 'sp-plan-choices__row sp-plan-choices__row--scale' : 'sp-plan-choices__row'}>
        {options.map((option) => {
          const optionId = `${id}-${option.key}`;
          return (
            <div key={option.key} className="sp-plan-choice">
              {multiple ? (
                <Checkbox id={optionId} checked={selected(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
              ) : (
                <RadioButton id={optionId} name={id} required={required} checked={selected(option.value)} onChange={() => save.commit(option.value)} />
              )}
              <FormLabel htmlFor={optionId} type={multiple ? 'checkbox' : 'radio'}>
                {option.label}
              </FormLabel>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

function Editor({ id, label, help, required, control, save, labelledBy }: { id: string; label: string; help?: string | undefined; required?: boolean | undefined; control: Control; save: FieldSave; labelledBy?: string | undefined }) {
  const { t } = useTranslation('plan');
  const error = save.error ?? undefined;
  const common = { id, label, description: help, error, optional: required ? t('field.required') : undefined };
  const text = typeof save.value === 'string' ? save.value : save.value === null || save.value === undefined ? '' : String(save.value);
  switch (control.type) {
    case 'longText':
      if (labelledBy) {
        const describedBy = [error ? `${id}-error` : null, help ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div className="sp-plan-bare">
            {help && <FormFieldDescription id={`${id}-hint`}>{help}</FormFieldDescription>}
            {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
            <Textarea
              id={id}
              aria-labelledby={labelledBy}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              invalid={Boolean(error)}
              className="sp-plan-textarea"
              rows={6}
              value={text}
              onChange={(event) => save.change(event.target.value)}
              onBlur={() => save.commit()}
            />
          </div>
        );
      }
      return <TextareaField {...common} className="sp-plan-textarea" rows={4} value={text} aria-required={required || undefined} onValue={save.change} onBlur={() => save.commit()} />;
    case 'shortText':
      return <TextField {...common} value={text} aria-required={required || undefined} onValue={save.change} onBlur={() => save.commit()} />;
    case 'date':
      return <TextField {...common} type="date" value={text} aria-required={required || undefined} onValue={(v) => save.commit(v === '' ? null : v)} />;
    case 'number':
      return (
        <TextField
          {...common}
          type="number"
          inputMode="decimal"
          min={control.min}
          max={control.max}
          description={[help, control.min !== undefined && control.max !== undefined ? t('field.between', { min: control.min, max: control.max }) : null].filter(Boolean).join(' ') || undefined}
          value={text}
          aria-required={required || undefined}
          onValue={(v) => save.change(v === '' || Number.isNaN(Number(v)) ? null : Number(v))}
          onBlur={() => save.commit()}
        />
      );
    case 'select':
      return <SelectField {...common} value={text} empty={t('field.none')} options={(control.options ?? []).map((o) => ({ value: o.key, label: o.label }))} onValue={(v) => save.commit(v === '' ? null : v)} />;
    default:
      return <ChoiceGroup id={id} label={label} help={help} error={error} required={required} save={save} control={control} />;
  }
}

function EditableField(props: Props & { id: string; format: (value: unknown) => string }) {
  const { planId, address, field, label, help, required, control, labelledBy, id, format } = props;
  const save = useFieldSave(planId, address, field, emptyOf(control));
  return (
    <FieldFrame planId={planId} address={address} id={id} label={label} save={save} format={format}>
      <Editor id={id} label={label} help={help} required={required} control={control} save={save} labelledBy={labelledBy} />
      {props.extra?.(save)}
    </FieldFrame>
  );
}

/**
 * One field of the plan: editable with autosave when the person may write, otherwise its value as text; always
 * with its history. Its id is made from the block, the goal or action, and the field.
 */
export function PlanField(props: Props) {
  const { t, i18n } = useTranslation('plan');
  const { planId, address, field, writable, label, control, labelledBy, emptyText, className } = props;
  const id = domId('pf', address.blockKey, address.itemId, address.fieldKey);
  const format = (value: unknown) => formatValue(control, value, t, i18n.language);
  if (writable) {
    return (
      <div className={className}>
        <EditableField {...props} id={id} format={format} />
      </div>
    );
  }
  const shown = format(field?.value);
  return (
    <div className={className}>
      <FieldFrame planId={planId} address={address} id={id} label={label} save={null} format={format}>
        <div className="sp-plan-readonly">
          {!labelledBy && <p className="sp-plan-readonly__label">{label}</p>}
          <div className={shown ? 'sp-plan-text' : 'sp-plan-text sp-muted'}>{shown || (emptyText ?? t('field.empty'))}</div>
        </div>
      </FieldFrame>
    </div>
  );
}

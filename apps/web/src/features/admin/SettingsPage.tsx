import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { useSaveSettings, useSettings, type Settings, type SettingsInput } from './api';
import { BackLink, Done, formatMoment, QueryState, useAdminErrors } from './parts';
import './admin.css';

const numbers = ['passwordMinLength', 'idleTimeoutMinutes', 'absoluteTimeoutHours', 'lockoutThreshold', 'invitationValidDays'] as const;
const switches = ['passkeysEnabled', 'requireStrongSecondFactorForProfessionals', 'digidEnabled', 'eherkenningEnabled'] as const;
type NumberField = (typeof numbers)[number];
type SwitchField = (typeof switches)[number];
const limits: Record<NumberField, [number, number]> = {
  passwordMinLength: [12, 128],
  idleTimeoutMinutes: [5, 60],
  absoluteTimeoutHours: [1, 24],
  lockoutThreshold: [5, 50],
  invitationValidDays: [1, 30],
};
const idOf = (field: string) => `setting-${field}`;

/** Instellingen: password length, sign-in methods, timeouts, lockout and invitation validity of the tenant. */
export function SettingsPage() {
  const { t, i18n } = useTranslation('admin');
  const settings = useSettings();
  const save = useSaveSettings();
  const errors = useAdminErrors();
  const [typed, setTyped] = useState<Record<NumberField, string> | null>(null);
  const [flags, setFlags] = useState<Record<SwitchField, boolean> | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const data = settings.data;
  // The form shows what the server holds: at first, after a save, and after a conflict (someone else's values).
  useEffect(() => {
    if (!data) return;
    setTyped(Object.fromEntries(numbers.map((field) => [field, String(data[field])])) as Record<NumberField, string>);
    setFlags(Object.fromEntries(switches.map((field) => [field, data[field]])) as Record<SwitchField, boolean>);
  }, [data]);

  const targets = Object.fromEntries([...numbers, ...switches].map((field) => [field, { id: idOf(field), label: t(`settings.${field}.label`) }]));

  const submit = async (event: FormEvent, current: Settings) => {
    event.preventDefault();
    setDone(null);
    if (!typed || !flags) return;
    const local: Record<string, string> = {};
    const values = {} as Record<NumberField, number>;
    for (const field of numbers) {
      const value = Number(typed[field]);
      const [min, max] = limits[field];
      if (!/^\d+$/.test(typed[field].trim()) || value < min || value > max) local[field] = t('settings.range', { min, max });
      values[field] = value;
    }
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    const input: SettingsInput = { ...values, ...flags, version: current.version };
    try {
      await save.mutateAsync(input);
      errors.clear();
      setDone(t('saved'));
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer">{t('back.home')}</BackLink>
      <PageHeading>{t('settings.title')}</PageHeading>
      <Done message={done} />
      <QueryState loading={settings.isPending} error={settings.error} />
      {data && typed && flags && (
        <>
          <Paragraph>{t('settings.updated', { when: formatMoment(data.updatedAt, i18n.language), version: data.version })}</Paragraph>
          <ErrorSummary id="settings-errors" title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
          <form className="sp-form sp-admin-form" noValidate onSubmit={(event) => void submit(event, data)} aria-busy={save.isPending}>
            <Fieldset className="sp-admin-fieldset">
              <FieldsetLegend>{t('settings.signIn')}</FieldsetLegend>
              <NumberInput field="passwordMinLength" value={typed.passwordMinLength} onValue={(v) => setTyped({ ...typed, passwordMinLength: v })} error={errors.fields['passwordMinLength']} />
              {switches.map((field) => (
                <CheckboxField
                  key={field}
                  id={idOf(field)}
                  label={t(`settings.${field}.label`)}
                  description={t(`settings.${field}.hint`)}
                  checked={flags[field]}
                  onValue={(on) => setFlags({ ...flags, [field]: on })}
                  error={errors.fields[field]}
                />
              ))}
            </Fieldset>
            <Fieldset className="sp-admin-fieldset">
              <FieldsetLegend>{t('settings.sessions')}</FieldsetLegend>
              {(['idleTimeoutMinutes', 'absoluteTimeoutHours', 'lockoutThreshold', 'invitationValidDays'] as const).map((field) => (
                <NumberInput key={field} field={field} value={typed[field]} onValue={(v) => setTyped({ ...typed, [field]: v })} error={errors.fields[field]} />
              ))}
            </Fieldset>
            <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
              {t('settings.save')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}

function NumberInput({ field, value, onValue, error }: { field: NumberField; value: string; onValue: (value: string) => void; error: string | undefined }) {
  const { t } = useTranslation('admin');
  const [min, max] = limits[field];
  return (
    <TextField
      id={idOf(field)}
      label={t(`settings.${field}.label`)}
      description={t(`settings.${field}.hint`, { min, max })}
      inputMode="numeric"
      autoComplete="off"
      className="sp-admin-number"
      value={value}
      onValue={onValue}
      error={error}
    />
  );
}


import { useTranslation } from 'react-i18next';
import * as Shared from '../../../components/form/fields';

/**
 * The workspace's fields: the shared ones (components/form) with two workspace habits. A field is narrow unless
 * `wide` (a long text), and `optional` says "(niet verplicht)" after the label.
 */
type Workspace = { wide?: boolean; optional?: boolean };

function useLook({ wide, optional }: Workspace, wideByDefault = false) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const isWide = wide ?? wideByDefault;
  return { optional: optional ? t('optional') : undefined, fieldClassName: isWide ? 'sp-work-field sp-work-field--wide' : 'sp-work-field' };
}

type TextProps = Omit<Shared.TextFieldProps, 'optional' | 'fieldClassName'> & Workspace;

export function TextField({ wide, optional, ...props }: TextProps) {
  return <Shared.TextField {...props} {...useLook({ wide, optional })} />;
}

/** A date typed as dd-mm-jjjj, with that format said under the label. */
export function DateField(props: Omit<TextProps, 'description'>) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  return <TextField {...props} description={t('dateHint')} inputMode="numeric" autoComplete="off" className="sp-work-date" />;
}

type AreaProps = Omit<Shared.TextareaFieldProps, 'optional' | 'fieldClassName'> & Workspace;

export function TextareaField({ wide, optional, ...props }: AreaProps) {
  return <Shared.TextareaField rows={5} {...props} {...useLook({ wide, optional }, true)} />;
}

type SelectProps = Omit<Shared.SelectFieldProps, 'optional' | 'fieldClassName'> & Workspace;

export function SelectField({ wide, optional, ...props }: SelectProps) {
  return <Shared.SelectField {...props} {...useLook({ wide, optional })} />;
}

type CheckProps = Omit<Shared.CheckboxFieldProps, 'optional' | 'fieldClassName'> & Workspace;

export function CheckboxField({ wide, ...props }: CheckProps) {
  return <Shared.CheckboxField {...props} {...useLook({ wide }, true)} />;
}

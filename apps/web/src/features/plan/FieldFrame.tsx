import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldAddress } from './api';
import { ConflictChoice } from './ConflictChoice';
import { FieldHistory } from './FieldHistory';
import type { FieldSave } from './useFieldSave';

type Props = {
  planId: string;
  address: FieldAddress;
  id: string;
  label: string;
  /** The editor's state; null when the field is read-only. */
  save: FieldSave | null;
  format: (value: unknown) => string;
  children: ReactNode;
};

/** The line under an editable field: "Opslaan…", "Opgeslagen" or what went wrong, said politely to screen readers. */
function SaveStatus({ id, save }: { id: string; save: FieldSave }) {
  const { t } = useTranslation('plan');
  const text = save.status === 'saving' ? t('save.saving') : save.status === 'saved' ? t('save.saved') : save.status === 'conflict' ? t('save.conflict') : '';
  return (
    <Paragraph id={`${id}-status`} className={`sp-plan-save sp-plan-save--${save.status}`} aria-live="polite">
      {text}
    </Paragraph>
  );
}

/**
 * One field of the plan with what belongs around it: the control (or its value when read-only), the save status,
 * the history button and, after a lost save, both versions to choose from.
 */
export function FieldFrame({ planId, address, id, label, save, format, children }: Props) {
  return (
    <div className="sp-plan-field">
      {children}
      <div className="sp-plan-field__meta">
        {save ? <SaveStatus id={id} save={save} /> : <span />}
        <FieldHistory planId={planId} address={address} id={id} label={label} format={format} />
      </div>
      {save?.conflict && <ConflictChoice id={id} label={label} conflict={save.conflict} format={format} onKeepMine={save.keepMine} onKeepTheirs={save.keepTheirs} />}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { ConfirmButton as AskFirst, type ConfirmButtonProps } from '../../../components/ConfirmButton';

/** The workspace's removal that asks first, with its "keep" answer. */
export function ConfirmButton(props: Omit<ConfirmButtonProps, 'keep' | 'className'>) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  return <AskFirst {...props} keep={t('keep')} className="sp-work-confirm" />;
}

import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';
import { useMessagesNavLabel } from '../messages/nav';

export function ResidentLayout() {
  const { t } = useTranslation('resident');
  const messagesLabel = useMessagesNavLabel(t('nav.messages'));
  const nav = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/dossiers', label: t('nav.dossiers') },
    { to: '/berichten', label: messagesLabel },
    { to: '/profiel', label: t('nav.profile') },
  ];
  return <AreaShell area="resident" nav={nav} />;
}

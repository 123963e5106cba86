import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';
import { useCareNav } from '../care/nav';
import { useMessagesNavLabel } from '../messages/nav';

export function ResidentLayout() {
  const { t } = useTranslation('resident');
  const messagesLabel = useMessagesNavLabel(t('nav.messages'));
  const care = useCareNav();
  const nav = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/dossiers', label: t('nav.dossiers') },
    ...care,
    { to: '/berichten', label: messagesLabel },
    { to: '/profiel', label: t('nav.profile') },
  ];
  return <AreaShell area="resident" nav={nav} />;
}

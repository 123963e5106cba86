import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';

export function ResidentLayout() {
  const { t } = useTranslation('resident');
  const nav = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/dossiers', label: t('nav.dossiers') },
    { to: '/berichten', label: t('nav.messages') },
    { to: '/profiel', label: t('nav.profile') },
  ];
  return <AreaShell area="resident" nav={nav} />;
}

import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';

/** Pages that belong to no single area (accessibility statement, unknown address) offer a way into each area. */
export function GeneralLayout() {
  const { t } = useTranslation();
  const nav = [
    { to: '/', label: t('areas.resident'), end: true },
    { to: '/dag', label: t('areas.day') },
    { to: '/werk', label: t('areas.work') },
  ];
  return <AreaShell area="general" nav={nav} />;
}

import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';

export function WorkLayout() {
  const { t } = useTranslation('work');
  const nav = [
    { to: '/werk', label: t('nav.caseload'), end: true },
    { to: '/werk/berichten', label: t('nav.messages') },
    { to: '/werk/beheer', label: t('nav.admin') },
  ];
  return <AreaShell area="work" nav={nav} />;
}

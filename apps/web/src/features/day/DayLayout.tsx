import './day.css';
import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';

export function DayLayout() {
  const { t } = useTranslation('day');
  const nav = [
    { to: '/dag', label: t('nav.today'), end: true },
    { to: '/dag/stappenplannen', label: t('nav.stepPlans') },
    { to: '/dag/gevoel', label: t('nav.feeling') },
  ];
  return <AreaShell area="day" nav={nav} />;
}

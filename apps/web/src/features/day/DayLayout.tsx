import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';
// After the shell so these day-app rules come later in the bundle than the shared header rules.
import './day.css';

export function DayLayout() {
  const { t } = useTranslation('day');
  const nav = [
    { to: '/dag', label: t('nav.today'), end: true },
    { to: '/dag/stappenplannen', label: t('nav.stepPlans') },
    { to: '/dag/gevoel', label: t('nav.feeling') },
  ];
  return <AreaShell area="day" nav={nav} />;
}

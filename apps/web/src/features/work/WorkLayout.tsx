import { useTranslation } from 'react-i18next';
import { AreaShell } from '../../app/shell/AreaShell';
import { useMe } from '../identity/api';
import { hasCaseload } from '../identity/roles';

/** The workspace frame; its navigation shows what the active role works with (caseload and messages, or beheer). */
export function WorkLayout() {
  const { t } = useTranslation('work');
  const me = useMe();
  const role = me.data?.activeRole;
  const nav = [
    ...(role && !hasCaseload(role) ? [] : [
      { to: '/werk', label: t('nav.caseload'), end: true },
      { to: '/werk/berichten', label: t('nav.messages') },
    ]),
    ...(role === 'functionalAdmin' ? [{ to: '/werk/beheer', label: t('nav.admin') }] : []),
  ];
  return <AreaShell area="work" nav={nav} />;
}

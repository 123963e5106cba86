import './identity.css';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { RouterLink } from '../../components/RouterLink';
import { useLogout, useMe } from './api';
import { fullName } from './roles';
import { RoleSwitch } from './RoleSwitch';

/** The header's account corner: "Inloggen" when signed out; name, role, role switch and "Uitloggen" when in. */
export function AccountMenu() {
  const { t } = useTranslation('identity');
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogout(() => void navigate('/inloggen', { state: { notice: 'signedOut' } }));
  const { pathname } = useLocation();

  if (me.isPending) return <div className="sp-account" />;
  if (!me.data) {
    if (pathname === '/inloggen') return <div className="sp-account" />;
    const back = pathname === '/' ? '' : `?terug=${encodeURIComponent(pathname)}`;
    return (
      <div className="sp-account">
        <RouterLink to={`/inloggen${back}`} className="sp-account__sign-in">
          {t('header.signIn')}
        </RouterLink>
      </div>
    );
  }

  return (
    <div className="sp-account" role="group" aria-label={t('header.accountLabel')}>
      <div className="sp-account__who">
        <RouterLink to="/account" className="sp-account__name">
          {fullName(me.data)}
        </RouterLink>
        {me.data.roles.length === 1 && <span className="sp-account__role">{t(`roles.${me.data.activeRole}`)}</span>}
      </div>
      {me.data.roles.length > 1 && <RoleSwitch me={me.data} />}
      <Button type="button" appearance="secondary-action-button" className="sp-account__sign-out" onClick={() => logout.mutate(false)} busy={logout.isPending}>
        {t('header.signOut')}
      </Button>
    </div>
  );
}

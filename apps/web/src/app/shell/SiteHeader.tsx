import './header.css';
import { NavBar, NavList, PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import { NavItem } from '../../components/RouterLink';
import { areaHome, useArea } from '../../components/area-context';
import { AccountMenu } from '../../features/identity/AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

export type NavEntry = { to: string; label: string; end?: boolean };

/** Product name and area name link to the area's home; the mark is decorative, the text carries the meaning. */
function Brand() {
  const { t } = useTranslation();
  const area = useArea();
  const href = useHref(areaHome[area]);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(areaHome[area]);
  return (
    <a className="sp-brand" href={href} onClick={navigate}>
      <svg className="sp-brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" />
        <circle cx="12" cy="16" r="6" />
        <circle cx="20" cy="16" r="6" />
      </svg>
      <span className="sp-brand__text">
        <span className="sp-brand__product">{t('product')}</span>
        <span className="sp-brand__area">{t(`areas.${area}`)}</span>
      </span>
    </a>
  );
}

export function SiteHeader({ nav }: { nav: NavEntry[] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader className="sp-header">
        <div className="sp-header__content">
          <Brand />
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </PageHeader>
      <NavBar className="sp-nav" aria-label={t('nav.label')}>
        <NavList className="sp-nav__list">
          {nav.map((entry) => (
            <NavItem key={entry.to} to={entry.to} end={entry.end} label={entry.label} />
          ))}
        </NavList>
      </NavBar>
    </>
  );
}

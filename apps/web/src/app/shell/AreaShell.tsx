import { Document, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AreaContext, type Area } from '../../components/area-context';
import { IdleWarning } from '../../features/identity/IdleWarning';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type NavEntry } from './SiteHeader';

type AreaShellProps = { area: Area; nav: NavEntry[] };

/**
 * The frame every page shares: skip link first, header with product, area and language, the area's navigation,
 * one <main>, footer. After a client-side navigation focus moves to <main>, as a full page load would reset it.
 */
export function AreaShell({ area, nav }: AreaShellProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  // Focus the target ourselves: the router would otherwise treat "#main" as a navigation.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <AreaContext.Provider value={area}>
      <Document className={`voorbeeld-theme samenplan-theme sp-shell sp-shell--${area}`}>
        <div className="sp-skip">
          <SkipLink href="#main" onClick={skipToMain}>
            {t('skipLink')}
          </SkipLink>
        </div>
        <SiteHeader nav={nav} />
        <main id="main" ref={mainRef} tabIndex={-1} className="sp-main">
          <div className="sp-main__content">
            <Outlet />
          </div>
        </main>
        <SiteFooter />
        <IdleWarning />
      </Document>
    </AreaContext.Provider>
  );
}

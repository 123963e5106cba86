import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

const pages = ['overview', 'documents', 'messages', 'planning', 'reports'] as const;
type SubPage = (typeof pages)[number];
const paths: Record<SubPage, string> = { overview: '', documents: '/documenten', messages: '/berichten', planning: '/planning', reports: '/rapportages' };

function Item({ to, label }: { to: string; label: string }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const current = useLocation().pathname === to;
  return (
    <li>
      <a href={href} className="sp-work-subnav__link" aria-current={current ? 'page' : undefined} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
        {label}
      </a>
    </li>
  );
}

/**
 * The parts of one dossier that have their own page. Care reports are written by provider staff and read by the
 * dossier's professionals; the page itself shows only what the caller may see.
 */
export function DossierSubNav({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.subnav' });
  const { t: tPlan } = useTranslation('plan');
  const base = `/werk/dossiers/${dossierId}`;
  return (
    <nav className="sp-work-subnav" aria-label={t('label')}>
      <ul>
        {pages.map((page) => (
          <Item key={page} to={`${base}${paths[page]}`} label={t(page)} />
        ))}
        <Item to={`${base}/plannen`} label={tPlan('nav.plans')} />
      </ul>
    </nav>
  );
}

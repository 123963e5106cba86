import { Link, NavListLink, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, useMatch, useResolvedPath, type To } from 'react-router';

type RouterLinkProps = Omit<LinkProps, 'href'> & { to: To };

/**
 * An NL Design System link that navigates inside the single-page app. Modified clicks (new tab, download) keep the
 * browser's own behaviour because useLinkClickHandler leaves them alone.
 */
export function RouterLink({ to, onClick, ...rest }: RouterLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <Link {...rest} href={href} onClick={handleClick} />;
}

type NavItemProps = { to: string; end?: boolean; label: string };

/** One item of an area navigation; the current page is marked with aria-current so it is announced and styled. */
export function NavItem({ to, end = false, label }: NavItemProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const resolved = useResolvedPath(to);
  const current = useMatch({ path: resolved.pathname, end }) !== null;
  return (
    <NavListLink href={href} onClick={navigate} aria-current={current ? 'page' : undefined}>
      {label}
    </NavListLink>
  );
}

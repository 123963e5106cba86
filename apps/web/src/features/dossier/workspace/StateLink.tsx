import { ButtonLink, Link, type ButtonLinkProps, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

type Props = Omit<LinkProps, 'href'> & { to: string; state?: unknown };

/** An NL Design System link inside the app that carries router state (what the next page may show before it loads). */
export function StateLink({ to, state, onClick, ...rest }: Props) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { state });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <Link {...rest} href={href} onClick={handleClick} />;
}

/** A link that looks like a button ("Nieuw dossier"), navigating inside the app. */
export function ButtonRouterLink({ to, appearance, children }: { to: string; appearance: ButtonLinkProps['appearance']; children: ReactNode }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <ButtonLink href={href} appearance={appearance} onClick={navigate}>
      {children}
    </ButtonLink>
  );
}

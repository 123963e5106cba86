import { Heading } from '@utrecht/component-library-react';
import { usePageTitle } from './usePageTitle';

/**
 * The page's single h1; it also sets the document title, so the two never disagree. Long Dutch compounds carry a
 * soft hyphen in the translation so they can break on a phone; the title leaves it out.
 */
export function PageHeading({ children }: { children: string }) {
  usePageTitle(children.replaceAll('\u00ad', ''));
  return (
    <Heading level={1} className="sp-page-heading">
      {children}
    </Heading>
  );
}

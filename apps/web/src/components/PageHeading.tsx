import { Heading } from '@utrecht/component-library-react';
import { usePageTitle } from './usePageTitle';

/** The page's single h1; it also sets the document title, so the two never disagree. */
export function PageHeading({ children }: { children: string }) {
  usePageTitle(children);
  return (
    <Heading level={1} className="sp-page-heading">
      {children}
    </Heading>
  );
}

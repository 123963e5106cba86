import { Alert, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './useProblem';

type Props = {
  problem: Problem;
  /** Unique per page: a dossier page holds several forms. */
  id: string;
  /** Field name → id of its control and its visible label, so each message jumps to its field. */
  targets: Record<string, { id: string; label: string }>;
  level?: 2 | 3 | 4;
};

/** The problems above a form. It takes focus after a failed submit; each item links to its field. */
export function ErrorSummary({ problem, id, targets, level = 3 }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const entries = Object.entries(problem.fields);
  if (!problem.general && entries.length === 0) return null;
  const jump = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <div ref={problem.summaryRef} tabIndex={-1} className="sp-work-errors" aria-labelledby={`${id}-title`}>
      <Alert type="error" role="none">
        <Heading level={level} id={`${id}-title`} className="sp-work-errors__title">
          {t('errorsTitle')}
        </Heading>
        {problem.general && <Paragraph>{problem.general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, message]) => {
              const target = targets[field];
              return (
                <UnorderedListItem key={field}>
                  {target ? (
                    <Link href={`#${target.id}`} onClick={jump(target.id)}>
                      {t('fieldLink', { label: target.label, message })}
                    </Link>
                  ) : (
                    t('fieldLink', { label: field, message })
                  )}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

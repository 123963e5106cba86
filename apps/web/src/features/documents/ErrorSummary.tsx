import { Alert, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: Record<string, string>;
  /** Field name → id of the control to jump to and its visible label. */
  targets: Record<string, { id: string; label: string }>;
};

/** The problems above the form; it gets focus after a failed submit and each item jumps to its field. */
export function ErrorSummary({ summaryRef, general, fields, targets }: Props) {
  const { t } = useTranslation('documents');
  const entries = Object.entries(fields).filter(([field]) => targets[field]);
  if (!general && entries.length === 0) return null;
  const jump = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className="sp-doc-errors" aria-labelledby="document-errors-title">
      <Alert type="error">
        <Heading level={3} id="document-errors-title" className="sp-doc-errors__title">
          {t('errors.summaryTitle')}
        </Heading>
        {general && <Paragraph>{general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, message]) => (
              <UnorderedListItem key={field}>
                <Link href={`#${targets[field]!.id}`} onClick={jump(targets[field]!.id)}>
                  {t('errors.fieldLink', { label: targets[field]!.label, message })}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

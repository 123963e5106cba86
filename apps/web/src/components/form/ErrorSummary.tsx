import { Alert, Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './useFormErrors';
import './form.css';

type Props = {
  summaryRef: RefObject<HTMLDivElement | null>;
  general: string | null;
  fields: FieldErrors;
  /** Field name → id of its control and its visible label, so each message jumps to its field. */
  targets: Record<string, { id: string; label: string }>;
  /** Unique on the page: the heading's id is `${id}-title`. */
  id: string;
  /** The heading, already translated (each part of the product words it its own way). */
  title: string;
  level?: 2 | 3 | 4;
  /** The feature's own class next to `sp-form-errors` (width, heading size). */
  className?: string;
  /** List a message whose field has no target as plain text; by default it is left out. */
  untargeted?: boolean;
  /** Role of the inner alert; 'none' where the form already announces problems elsewhere. */
  alertRole?: 'none';
  /** More to say under the messages (e.g. the rows of a file that could not be read). */
  children?: ReactNode;
};

/** The problems above a form. It takes focus after a failed submit; each item links to its field. */
export function ErrorSummary({ summaryRef, general, fields, targets, id, title, level = 2, className, untargeted = false, alertRole, children }: Props) {
  const { t } = useTranslation('common');
  const entries = Object.entries(fields).filter(([field]) => untargeted || targets[field]);
  if (!general && entries.length === 0 && !children) return null;
  const jump = (target: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(target)?.focus();
  };
  return (
    <div ref={summaryRef} tabIndex={-1} className={className ? `sp-form-errors ${className}` : 'sp-form-errors'} aria-labelledby={`${id}-title`}>
      <Alert type="error" role={alertRole}>
        <Heading level={level} id={`${id}-title`} className="sp-form-errors__title">
          {title}
        </Heading>
        {general && <Paragraph>{general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([field, message]) => {
              const target = targets[field];
              return (
                <UnorderedListItem key={field}>
                  {target ? (
                    <Link href={`#${target.id}`} onClick={jump(target.id)}>
                      {t('form.fieldLink', { label: target.label, message })}
                    </Link>
                  ) : (
                    t('form.fieldLink', { label: field, message })
                  )}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        )}
        {children}
      </Alert>
    </div>
  );
}

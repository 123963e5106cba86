import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from './api';
import { formatMoment } from './format';

export const headingId = (block: Pick<Block, 'key'>) => `block-${block.key}-title`;

/** One block of the plan: its title, help, who changed it last and whether this person may only read it. */
export function BlockFrame({ block, children, showChange = true }: { block: Block; children: ReactNode; showChange?: boolean }) {
  const { t, i18n } = useTranslation('plan');
  const id = headingId(block);
  return (
    <section className={`sp-plan-block sp-plan-block--${block.type}`} aria-labelledby={id}>
      <Heading level={2} id={id} className="sp-plan-block__title">
        {block.title}
      </Heading>
      {showChange && (
        <Paragraph className="sp-muted sp-plan-block__change">
          {block.lastChange ? t('block.lastChange', { name: block.lastChange.by, moment: formatMoment(block.lastChange.at, i18n.language) }) : t('block.noChange')}
        </Paragraph>
      )}
      {block.help && <Paragraph className="sp-plan-block__help">{block.help}</Paragraph>}
      {!block.policies.includes('write') && block.type !== 'signatures' && block.type !== 'services' && block.type !== 'documents' && (
        <Paragraph className="sp-plan-block__readonly">{t('block.readOnly')}</Paragraph>
      )}
      {children}
    </section>
  );
}

/**
 * A button that opens a form in place (aria-expanded); the form gets `close`, after which focus returns to the
 * button so a keyboard user does not lose their place.
 */
export function Toggle({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <div className="sp-plan-toggle">
      {!open && (
        <Button ref={buttonRef} appearance="secondary-action-button" aria-expanded={false} onClick={() => setOpen(true)}>
          {label}
        </Button>
      )}
      {open && children(() => setOpen(false))}
    </div>
  );
}

/**
 * A Toggle around a form that ends with a message (empty when cancelled): `done` hands it to `onMessage` (null for
 * none, which clears the Notice) and closes the form.
 */
export function FormToggle({ label, onMessage, children }: { label: string; onMessage: (text: string | null) => void; children: (done: (message: string) => void) => ReactNode }) {
  return (
    <Toggle label={label}>
      {(close) =>
        children((message) => {
          onMessage(message || null);
          close();
        })
      }
    </Toggle>
  );
}

/** A polite line that says what just happened (saved, signed); empty until then, so screen readers hear the change. */
export function Notice({ text, id }: { text: string | null; id?: string }) {
  return (
    <Paragraph id={id} className="sp-plan-notice" role="status">
      {text ?? ''}
    </Paragraph>
  );
}

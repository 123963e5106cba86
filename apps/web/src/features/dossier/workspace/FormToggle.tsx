import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  label: string;
  /** Extra words for screen readers when several buttons on the page read alike ("Wijzigen" → "Wijzigen: Jan"). */
  hiddenLabel?: string;
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
  /** The form; it calls `close` after saving or cancelling. */
  children: (close: () => void) => ReactNode;
  className?: string;
};

/**
 * A button that opens a form in place. Focus goes to the form's first field when it opens, and back to the button
 * when it closes, so keyboard users never lose their place on a long dossier page.
 */
export function FormToggle({ label, hiddenLabel, appearance = 'secondary-action-button', children, className }: Props) {
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (open) {
    return (
      <div ref={panelRef} className={`sp-work-panel ${className ?? ''}`}>
        {children(() => setOpen(false))}
      </div>
    );
  }
  return (
    <Button ref={buttonRef} appearance={appearance} className={className} aria-expanded={false} onClick={() => setOpen(true)}>
      {label}
      {hiddenLabel && <span className="sp-visually-hidden">{` ${hiddenLabel}`}</span>}
    </Button>
  );
}

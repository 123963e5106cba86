import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';

export type ConfirmButtonProps = {
  label: string;
  /** Words after the label for screen readers only: which item the short button is about. */
  hiddenLabel: string;
  question: string;
  confirm: string;
  keep: string;
  onConfirm: { (): Promise<unknown> };
  /** Extra classes of the first button and of the question block, for a feature's own layout. */
  buttonClassName?: string;
  className?: string;
};

/**
 * A removal that asks first, in place: the question and two buttons replace the button, focus goes to "keep" (the
 * safe answer), and back to the button when the person keeps it. `onConfirm` reports its own outcome.
 */
export function ConfirmButton({ label, hiddenLabel, question, confirm, keep, onConfirm, buttonClassName, className }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const go = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  if (!asking) {
    return (
      <Button ref={buttonRef} appearance="secondary-action-button" className={buttonClassName} onClick={() => setAsking(true)}>
        {label}
        <span className="sp-visually-hidden">{` ${hiddenLabel}`}</span>
      </Button>
    );
  }
  return (
    <div className={['sp-confirm', className].filter(Boolean).join(' ')}>
      <Paragraph>{question}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={() => void go()}>
          {confirm}
        </Button>
        <Button ref={keepRef} appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {keep}
        </Button>
      </ButtonGroup>
    </div>
  );
}

import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  hiddenLabel: string;
  question: string;
  confirm: string;
  onConfirm: { (): Promise<unknown> };
};

/**
 * A removal that asks first, in place: the question and two buttons replace the button, focus goes to "keep" (the
 * safe answer), and back to the button when the person keeps it.
 */
export function ConfirmButton({ label, hiddenLabel, question, confirm, onConfirm }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
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
      <Button ref={buttonRef} appearance="secondary-action-button" onClick={() => setAsking(true)}>
        {label}
        <span className="sp-visually-hidden">{` ${hiddenLabel}`}</span>
      </Button>
    );
  }
  return (
    <div className="sp-work-confirm">
      <Paragraph>{question}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={() => void go()}>
          {confirm}
        </Button>
        <Button ref={keepRef} appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t('keep')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

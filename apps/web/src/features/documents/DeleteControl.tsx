import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/http';
import { useDeleteDocument, type DocumentItem } from './api';

type Props = { dossierId: string; item: DocumentItem; onDone: (message: string, removed: boolean) => void };

/**
 * Delete with a second step in place: the question and two buttons replace the button, focus goes to "keep" (the safe
 * answer), and back to the button when the person keeps the document.
 */
export function DeleteControl({ dossierId, item, onDone }: Props) {
  const { t } = useTranslation('documents');
  const remove = useDeleteDocument(dossierId);
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) buttonRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const confirm = async () => {
    try {
      await remove.mutateAsync(item);
      onDone(t('delete.done', { description: item.description }), true);
    } catch (error) {
      const stale = error instanceof ProblemError && (error.status === 409 || error.status === 404);
      onDone(stale ? t('delete.conflict') : t('delete.failed'), stale);
      setAsking(false);
    }
  };

  if (!asking) {
    return (
      <Button ref={buttonRef} appearance="secondary-action-button" className="sp-doc-delete" onClick={() => setAsking(true)}>
        {t('delete.button')}
        <span className="sp-visually-hidden">{` ${item.description}`}</span>
      </Button>
    );
  }
  return (
    <div className="sp-doc-confirm">
      <Paragraph>{t('delete.question', { description: item.description })}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint="danger" busy={remove.isPending} onClick={() => void confirm()}>
          {t('delete.yes')}
        </Button>
        <Button ref={keepRef} appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t('delete.no')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

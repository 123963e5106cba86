import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ProblemError } from '../identity/http';
import { useDeleteDocument, type DocumentItem } from './api';

type Props = { dossierId: string; item: DocumentItem; onDone: (message: string, removed: boolean) => void };

/** Delete with a second step in place (ConfirmButton); the outcome, also a stale or gone document, goes to `onDone`. */
export function DeleteControl({ dossierId, item, onDone }: Props) {
  const { t } = useTranslation('documents');
  const remove = useDeleteDocument(dossierId);
  const confirm = async () => {
    try {
      await remove.mutateAsync(item);
      onDone(t('delete.done', { description: item.description }), true);
    } catch (error) {
      const stale = error instanceof ProblemError && (error.status === 409 || error.status === 404);
      onDone(stale ? t('delete.conflict') : t('delete.failed'), stale);
    }
  };
  return (
    <ConfirmButton
      label={t('delete.button')}
      hiddenLabel={item.description}
      question={t('delete.question', { description: item.description })}
      confirm={t('delete.yes')}
      keep={t('delete.no')}
      onConfirm={confirm}
      buttonClassName="sp-doc-delete"
      className="sp-doc-confirm"
    />
  );
}

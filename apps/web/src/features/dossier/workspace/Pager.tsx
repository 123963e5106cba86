import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

type Props = { page: number; pages: number; onPage: (page: number) => void };

/** Previous / next with where one is; hidden when everything fits on one page. */
export function Pager({ page, pages, onPage }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.caseload.pager' });
  if (pages <= 1) return null;
  return (
    <nav className="sp-work-pager" aria-label={t('label')}>
      <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('previous')}
      </Button>
      <span className="sp-work-pager__where">{t('where', { page, pages })}</span>
      <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('next')}
      </Button>
    </nav>
  );
}

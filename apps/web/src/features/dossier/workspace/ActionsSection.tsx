import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DossierAction, DossierPage } from '../api';
import { ActionForm } from './ActionForm';
import { ActionItem } from './ActionItem';
import { FormToggle } from './FormToggle';
import { NoticeArea } from './notice';

/** Open actions first (by planned date, as the server sends them), then the ones already done. */
function ordered(actions: DossierAction[]) {
  return [...actions.filter((action) => !action.doneOn), ...actions.filter((action) => action.doneOn)];
}

/** *Acties*: only the resident and the dossier's coaches see them (seed 000). */
export function ActionsSection({ page, actions }: { page: DossierPage; actions: DossierAction[] }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.actions' });
  return (
    <section className="sp-work-section" aria-labelledby="actions-title">
      <Heading level={2} id="actions-title">
        {t('title')}
      </Heading>
      <Paragraph className="sp-muted">{t('intro')}</Paragraph>
      <NoticeArea>
        {page.can.addAction && (
          <FormToggle label={t('add')}>{(close) => <ActionForm dossierId={page.id} onDone={close} />}</FormToggle>
        )}
        {actions.length === 0 ? (
          <Paragraph className="sp-empty">{t('none')}</Paragraph>
        ) : (
          <ul className="sp-work-list" aria-labelledby="actions-title">
            {ordered(actions).map((action) => (
              <ActionItem key={action.id} dossierId={page.id} action={action} mayEdit={page.can.addAction} />
            ))}
          </ul>
        )}
      </NoticeArea>
    </section>
  );
}

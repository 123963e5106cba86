import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';

type Props = { dossierId: string; page: 'planning' | 'reports'; message: string | null };

/**
 * The top of the workspace's two care pages of one dossier: back to the dossier, the title and intro, a link to the
 * other care page, and the live region that announces what was just saved or cancelled.
 */
export function CareWorkHeader({ dossierId, page, message }: Props) {
  const { t } = useTranslation('care');
  const planning = page === 'planning';
  return (
    <>
      <RouterLink to={`/werk/dossiers/${dossierId}`} className="sp-care-back">
        {t('work.back')}
      </RouterLink>
      <PageHeading>{planning ? t('work.planningTitle') : t('work.reportsTitle')}</PageHeading>
      <Paragraph appearance="lead">{planning ? t('work.planningIntro') : t('work.reportsIntro')}</Paragraph>
      <Paragraph>
        <RouterLink to={`/werk/dossiers/${dossierId}/${planning ? 'rapportages' : 'planning'}`}>{planning ? t('work.toReports') : t('work.toPlanning')}</RouterLink>
      </Paragraph>
      <div role="status" className="sp-care-status">
        {message && (
          <Alert type="ok">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </div>
    </>
  );
}

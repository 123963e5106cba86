import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { RouterLink } from '../../../components/RouterLink';
import { ProblemError } from '../../identity/http';
import { useCatalogue, useDossier, type DossierPage as Page } from '../api';
import { ActionsSection } from './ActionsSection';
import { CloseDossierForm } from './CloseDossierForm';
import { DossierHeader } from './DossierHeader';
import { DossierSubNav } from './DossierSubNav';
import { FormToggle } from './FormToggle';
import { JournalSection } from './JournalSection';
import { NoticeArea } from './notice';
import { PartiesSection } from './PartiesSection';
import { PlanSections } from './PlanSections';
import { ProfessionalsSection } from './ProfessionalsSection';
import { RelativesSection } from './RelativesSection';
import { ServicesSection } from './ServicesSection';
import './styles';

function CloseSection({ page }: { page: Page }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.close' });
  return (
    <section className="sp-work-section" aria-labelledby="close-section-title">
      <Heading level={2} id="close-section-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        <FormToggle label={t('open')}>{(close) => <CloseDossierForm page={page} onDone={close} />}</FormToggle>
      </NoticeArea>
    </section>
  );
}

function LoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.dossier' });
  const notFound = error instanceof ProblemError && error.status === 404;
  return (
    <>
      <PageHeading>{notFound ? t('notFoundTitle') : t('loadFailedTitle')}</PageHeading>
      <Alert type="error">
        <Paragraph>{notFound ? t('notFound') : t('loadFailed')}</Paragraph>
      </Alert>
      <RouterLink to="/werk">{t('back')}</RouterLink>
    </>
  );
}

/**
 * The dossier in the workspace: header, sub-pages, and every part the caller may see, each with only the buttons its
 * policies allow. The journal and actions (daily work) lead; people and facts stand beside them on a wide screen.
 */
export function DossierPage() {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.dossier' });
  const { dossierId = '' } = useParams();
  const dossier = useDossier(dossierId);
  // The forms' choices (contact types, standard actions, closing reasons) are there before a form opens.
  useCatalogue();
  if (dossier.isPending) {
    return (
      <>
        <PageHeading>{t('loadingTitle')}</PageHeading>
        <Paragraph className="sp-muted">{t('loading')}</Paragraph>
      </>
    );
  }
  if (dossier.isError) return <LoadProblem error={dossier.error} />;
  const page = dossier.data;
  return (
    <>
      <RouterLink to="/werk" className="sp-work-back">
        {t('back')}
      </RouterLink>
      <DossierHeader page={page} />
      <DossierSubNav dossierId={page.id} />
      <div className="sp-work-dossier">
        <div className="sp-work-dossier__main">
          <JournalSection page={page} />
          {page.actions && <ActionsSection page={page} actions={page.actions} />}
          {page.planSections.length > 0 && <PlanSections dossierId={page.id} sections={page.planSections} />}
          <ServicesSection page={page} />
        </div>
        <div className="sp-work-dossier__side">
          <ProfessionalsSection page={page} />
          {page.relatives && <RelativesSection page={page} relatives={page.relatives} />}
          <PartiesSection page={page} />
          {page.policies.includes('close') && <CloseSection page={page} />}
        </div>
      </div>
    </>
  );
}

import { Alert, Heading, LinkList, LinkListLink, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { RouterLink } from '../../../components/RouterLink';
import { useDossier, type DossierPage as Page } from '../api';
import { ActionList, sortActions } from './ActionList';
import { DatesSection, InvolvedSection, ServicesSection } from './FactSections';
import { formatDay, fullName, ownStanding, type OwnStanding } from './format';
import { JournalSection } from './JournalSection';
import { PlanSectionCard } from './PlanSectionCard';
import { RelativesSection } from './RelativesSection';
import { LoadError, Loading } from './States';
import { TeamSection } from './TeamSection';
import './portal.css';

/** A link inside the app shown as an item of an NL Design System link list. */
function RouterListLink({ to, children }: { to: string; children: string }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <LinkListLink href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
      {children}
    </LinkListLink>
  );
}

/** Where to go from here: the documents, a new message, and who looked at the data (for whom that is allowed). */
function DossierLinks({ page, standing }: { page: Page; standing: OwnStanding }) {
  const { t } = useTranslation('dossier');
  const { t: tPlan } = useTranslation('plan');
  const mayWrite = !page.closedOn && (standing === 'resident' || standing === 'guardian' || standing === 'write');
  return (
    <nav className="sp-dos-links" aria-labelledby="dossier-links">
      <Heading level={2} id="dossier-links" className="sp-dos-links__title">
        {t('page.links')}
      </Heading>
      <LinkList>
        <RouterListLink to={`/dossiers/${page.id}/plannen`}>{tPlan('nav.plans')}</RouterListLink>
        <RouterListLink to={`/dossiers/${page.id}/documenten`}>{t('page.documents')}</RouterListLink>
        {mayWrite && <RouterListLink to={`/berichten/nieuw?dossier=${encodeURIComponent(page.id)}`}>{t('page.message')}</RouterListLink>}
        {page.can.readAccessLog && <RouterListLink to={`/dossiers/${page.id}/inzage`}>{t('page.accessLog')}</RouterListLink>}
      </LinkList>
    </nav>
  );
}

/** The actions of this dossier (only the resident's and the coach's, seed 000): open ones first, then done. */
function ActionsSection({ actions, own }: { actions: NonNullable<Page['actions']>; own: boolean }) {
  const { t } = useTranslation('dossier');
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="sp-dos-section" aria-labelledby="sec-actions">
      <Heading level={2} id="sec-actions" ref={headingRef} tabIndex={-1} className="sp-dos-focus">
        {t('actions.title')}
      </Heading>
      <Paragraph>{own ? t('actions.intro') : t('actions.introOther')}</Paragraph>
      <div role="status" className="sp-dos-status">
        {notice && (
          <Alert type={notice.kind} role="none">
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {actions.length === 0 ? (
        <Paragraph className="sp-empty">{t('actions.empty')}</Paragraph>
      ) : (
        <ActionList
          actions={sortActions(actions)}
          onDone={(text, kind) => {
            setNotice({ text, kind });
            headingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}

function DossierView({ page }: { page: Page }) {
  const { t, i18n } = useTranslation('dossier');
  const standing = ownStanding(page.relations);
  const own = standing === 'resident';
  const residentName = fullName(page.resident);
  return (
    <>
      <RouterLink to="/dossiers" className="sp-dos-back">
        {t('page.back')}
      </RouterLink>
      <PageHeading>{t('page.title', { team: page.team.name })}</PageHeading>
      <Paragraph appearance="lead" className="sp-dos-lead">
        {t('page.fileNumber', { fileNumber: page.fileNumber })}
      </Paragraph>
      {!own && (
        <Paragraph className="sp-dos-standing">
          {t('page.whose', { name: residentName })} {t(`page.standing.${standing}`, { name: page.resident.firstName })}
        </Paragraph>
      )}
      {page.closedOn && (
        <Alert type="info">
          <Paragraph>
            {t('page.closedNotice', { date: formatDay(page.closedOn, i18n.language) })} {page.closingReason && t('page.closedReason', { reason: page.closingReason })}
          </Paragraph>
        </Alert>
      )}
      <DossierLinks page={page} standing={standing} />
      {page.planSections.length > 0 && (
        <section className="sp-dos-section" aria-labelledby="sec-plan">
          <Heading level={2} id="sec-plan">
            {own ? t('plan.title') : t('plan.titleOther')}
          </Heading>
          <Paragraph>
            {page.planSections.some((section) => section.policies.includes('update'))
              ? t(own ? 'plan.intro' : 'plan.introOther')
              : t('plan.introReadOnly')}
          </Paragraph>
          <div className="sp-dos-plan-list">
            {page.planSections.map((section) => (
              <PlanSectionCard key={section.kind} dossierId={page.id} section={section} />
            ))}
          </div>
        </section>
      )}
      {page.actions && <ActionsSection actions={page.actions} own={own} />}
      <JournalSection dossierId={page.id} journal={page.journal} />
      <ServicesSection services={page.services} />
      <TeamSection page={page} />
      {page.relatives && <RelativesSection dossierId={page.id} relatives={page.relatives} own={own} />}
      <InvolvedSection parties={page.involvedParties} />
      <DatesSection page={page} />
    </>
  );
}

/** The dossier page (/dossiers/:dossierId): every part the visitor may see, in the order a resident looks for them. */
export function DossierPage() {
  const { t } = useTranslation('dossier');
  const { dossierId = '' } = useParams();
  const dossier = useDossier(dossierId);
  if (dossier.data) return <DossierView page={dossier.data} />;
  return (
    <>
      <RouterLink to="/dossiers" className="sp-dos-back">
        {t('page.back')}
      </RouterLink>
      <PageHeading>{dossier.isError ? t('page.errorTitle') : t('page.loadingTitle')}</PageHeading>
      {dossier.isPending ? <Loading /> : <LoadError error={dossier.error} />}
    </>
  );
}

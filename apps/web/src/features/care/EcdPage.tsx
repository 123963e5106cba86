import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { useCarePlans, type PlanSectionKind } from './api';
import { ReportList } from './ReportList';
import { SignedInOnly } from './SignedInOnly';
import { dateLabel } from './time';
import './care.css';

type Part = 'reports' | 'plan';

function PartLink({ part, current, label }: { part: Part; current: boolean; label: string }) {
  const to = part === 'plan' ? '?onderdeel=zorgplan' : '?onderdeel=rapportages';
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { preventScrollReset: true });
  return (
    <li>
      <a href={href} className="sp-care-tabs__link" aria-current={current ? 'page' : undefined} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
        {label}
      </a>
    </li>
  );
}

const sectionOrder: PlanSectionKind[] = ['livingSituation', 'future', 'agreements'];

function CarePlans() {
  const { t, i18n } = useTranslation('care');
  const plans = useCarePlans();
  if (plans.isPending) return <Paragraph className="sp-care-muted">{t('reports.loading')}</Paragraph>;
  if (plans.isError)
    return (
      <Alert type="error">
        <Paragraph>{t('ecd.planError')}</Paragraph>
      </Alert>
    );
  if (plans.data.length === 0) return <Paragraph className="sp-care-empty">{t('ecd.planEmpty')}</Paragraph>;
  return (
    <>
      {plans.data.map((plan) => (
        <section key={plan.dossierId} className="sp-care-plan" aria-labelledby={`plan-${plan.dossierId}`}>
          <Heading level={3} id={`plan-${plan.dossierId}`} className="sp-care-plan__dossier">
            {t('ecd.dossier', { team: plan.dossier.teamName, fileNumber: plan.dossier.fileNumber })}
          </Heading>
          {sectionOrder.map((kind) => {
            const section = plan.sections.find((item) => item.kind === kind);
            return (
              <div key={kind} className="sp-care-plan__section">
                <Heading level={4}>{t(`ecd.sections.${kind}`)}</Heading>
                {section?.text ? (
                  <>
                    <Paragraph className="sp-care-plan__text">{section.text}</Paragraph>
                    <Paragraph className="sp-care-muted">{t('ecd.updated', { date: dateLabel(section.updatedAt, i18n.language) })}</Paragraph>
                  </>
                ) : (
                  <Paragraph className="sp-care-empty">{t('ecd.sectionEmpty')}</Paragraph>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}

function Ecd() {
  const { t } = useTranslation('care');
  const [params] = useSearchParams();
  const part: Part = params.get('onderdeel') === 'zorgplan' ? 'plan' : 'reports';
  return (
    <>
      <PageHeading>{t('ecd.title')}</PageHeading>
      <Paragraph appearance="lead">{t('ecd.intro')}</Paragraph>
      <nav className="sp-care-tabs" aria-label={t('ecd.tabsLabel')}>
        <ul>
          <PartLink part="reports" current={part === 'reports'} label={t('ecd.reportsTab')} />
          <PartLink part="plan" current={part === 'plan'} label={t('ecd.planTab')} />
        </ul>
      </nav>
      {part === 'reports' ? (
        <section className="sp-care-part" aria-labelledby="ecd-part">
          <Heading level={2} id="ecd-part">
            {t('ecd.reportsTab')}
          </Heading>
          <Paragraph>{t('ecd.reportsIntro')}</Paragraph>
          <ReportList dossierId={null} />
        </section>
      ) : (
        <section className="sp-care-part" aria-labelledby="ecd-part">
          <Heading level={2} id="ecd-part">
            {t('ecd.planTab')}
          </Heading>
          <Paragraph>{t('ecd.planIntro')}</Paragraph>
          <CarePlans />
        </section>
      )}
    </>
  );
}

/** *ECD* (seed 003): care reports, newest first, and the current care plan. */
export function EcdPage() {
  const { t } = useTranslation('care');
  return (
    <SignedInOnly title={t('ecd.title')}>
      <Ecd />
    </SignedInOnly>
  );
}

import { LinkList, LinkListLink, Paragraph } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { usePlans } from './api';
import { formatMoment } from './format';
import { paths, useSide } from './side';
import { LoadError, Loading } from './States';
import './plan.css';

function PlanLink({ to, title, detail }: { to: string; title: string; detail: string }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <LinkListLink href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
      <span className="sp-plan-list__title">{title}</span>
      <span className="sp-plan-list__detail">{detail}</span>
    </LinkListLink>
  );
}

/** The plans of one dossier (/dossiers/:dossierId/plannen and /werk/dossiers/:dossierId/plannen). */
export function PlanListPage() {
  const { t, i18n } = useTranslation('plan');
  const { dossierId = '' } = useParams();
  const side = useSide();
  const to = paths(side);
  const plans = usePlans(dossierId);
  return (
    <div className="sp-plan">
      <RouterLink to={to.dossier(dossierId)} className="sp-plan-back">
        {t('list.back')}
      </RouterLink>
      <PageHeading>{t('list.title')}</PageHeading>
      {plans.isPending && <Loading />}
      {plans.isError && <LoadError error={plans.error} />}
      {plans.data && (
        <>
          <Paragraph>{side === 'work' ? t('list.introWork') : t('list.intro')}</Paragraph>
          {plans.data.items.length === 0 ? (
            <Paragraph className="sp-empty">{t('list.empty')}</Paragraph>
          ) : (
            <LinkList className="sp-plan-list">
              {plans.data.items.map((plan) => (
                <PlanLink key={plan.id} to={to.plan(plan.id)} title={plan.title} detail={t('list.updated', { moment: formatMoment(plan.updatedAt, i18n.language) })} />
              ))}
            </LinkList>
          )}
          {side === 'work' && plans.data.policies.includes('create') && (
            <Paragraph>
              <RouterLink to={to.newPlan(dossierId)}>{t('list.new')}</RouterLink>
            </Paragraph>
          )}
        </>
      )}
    </div>
  );
}

import { Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { pdfUrl, usePlan, type Block, type Plan } from './api';
import { formatMoment } from './format';
import { GoalsBlockView } from './GoalsBlock';
import { WatTeltBlockView, ZrmBlockView } from './ScoreBlocks';
import { paths, useSide } from './side';
import { OpenSignatureRequests } from './SignatureRequests';
import { SignaturesBlockView } from './SignaturesBlock';
import { LoadError, Loading } from './States';
import { LinkBlockView, QuestionnaireBlockView, TextBlockView } from './TextBlocks';
import './plan.css';

function BlockView({ plan, block }: { plan: Plan; block: Block }) {
  switch (block.type) {
    case 'text':
      return <TextBlockView planId={plan.id} block={block} />;
    case 'questionnaire':
      return <QuestionnaireBlockView planId={plan.id} block={block} />;
    case 'watTelt':
      return <WatTeltBlockView planId={plan.id} block={block} />;
    case 'zrm':
      return <ZrmBlockView planId={plan.id} block={block} />;
    case 'goals':
      return <GoalsBlockView planId={plan.id} block={block} />;
    case 'services':
    case 'documents':
      return <LinkBlockView dossierId={plan.dossierId} block={block} />;
    case 'signatures':
      return <SignaturesBlockView planId={plan.id} block={block} maySign={plan.policies.includes('sign')} mayRequest={plan.policies.includes('update')} />;
  }
}

function PlanView({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('plan');
  const side = useSide();
  const to = paths(side);
  return (
    <div className="sp-plan">
      <RouterLink to={to.plans(plan.dossierId)} className="sp-plan-back">
        {t('page.back')}
      </RouterLink>
      <PageHeading>{plan.title}</PageHeading>
      <div className="sp-plan-header">
        <Paragraph className="sp-plan-header__line">
          {t('page.template', { name: plan.template.name, number: plan.template.number })}
          {side === 'work' && plan.template.latestNumber > plan.template.number && ` ${t('page.newerTemplate', { number: plan.template.latestNumber })}`}
        </Paragraph>
        <Paragraph className="sp-plan-header__line">
          {plan.lastChangedBy ? t('page.lastChange', { name: plan.lastChangedBy, moment: formatMoment(plan.updatedAt, i18n.language) }) : t('page.created', { moment: formatMoment(plan.createdAt, i18n.language) })}
        </Paragraph>
        {side === 'work' && plan.policies.includes('manageRights') && (
          <Paragraph>
            <RouterLink to={to.rights(plan.id)}>{t('page.rights')}</RouterLink>
          </Paragraph>
        )}
        <Paragraph>
          <Link href={pdfUrl(plan.id, i18n.language)} download>
            {t('page.pdf')}
          </Link>
        </Paragraph>
        <Paragraph className="sp-muted">{t('page.autosave')}</Paragraph>
      </div>
      {side === 'portal' && plan.policies.includes('sign') && plan.blocks.some((b) => b.type === 'signatures') && <OpenSignatureRequests planId={plan.id} />}
      {plan.blocks.length === 0 ? <Paragraph className="sp-empty">{t('page.noBlocks')}</Paragraph> : plan.blocks.map((block) => <BlockView key={block.key} plan={plan} block={block} />)}
    </div>
  );
}

/** The plan page (/plannen/:planId and /werk/plannen/:planId): every block this person may see, in the template's order. */
export function PlanPage() {
  const { t } = useTranslation('plan');
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (plan.data) return <PlanView plan={plan.data} />;
  return (
    <>
      <PageHeading>{plan.isError ? t('page.errorTitle') : t('page.loadingTitle')}</PageHeading>
      {plan.isPending ? <Loading /> : <LoadError error={plan.error} />}
    </>
  );
}

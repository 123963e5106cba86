import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useVisitMonth } from './api';
import { BlockLegend, MonthDays, MonthNav, useMonthParam } from './MonthView';
import { SignedInOnly } from './SignedInOnly';
import './care.css';

function Planning() {
  const { t } = useTranslation('care');
  const { month, moveMonth } = useMonthParam();
  const visits = useVisitMonth(null, month);
  return (
    <>
      <PageHeading>{t('planning.title')}</PageHeading>
      <Paragraph appearance="lead">{t('planning.intro')}</Paragraph>
      <BlockLegend />
      <section className="sp-care-month" aria-labelledby="planning-month">
        <MonthNav month={month} onMove={moveMonth} headingId="planning-month" />
        <Paragraph className="sp-care-muted sp-care-keys">{t('planning.keys')}</Paragraph>
        {visits.isError ? (
          <Alert type="error">
            <Paragraph>{t('planning.error')}</Paragraph>
          </Alert>
        ) : (
          <MonthDays month={month} data={visits.data} headingId="planning-month" />
        )}
      </section>
    </>
  );
}

/** *Planning* (seed 003): the resident's care visits per month, in the seven time blocks. */
export function PlanningPage() {
  const { t } = useTranslation('care');
  return (
    <SignedInOnly title={t('planning.title')}>
      <Planning />
    </SignedInOnly>
  );
}

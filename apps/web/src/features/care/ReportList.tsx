import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCareReports, type CareReport } from './api';
import { dateTimeLabel } from './time';

function ReportItem({ report, showVisibility }: { report: CareReport; showVisibility: boolean }) {
  const { t, i18n } = useTranslation('care');
  return (
    <li>
      <article className="sp-care-report" tabIndex={-1} aria-labelledby={`report-${report.id}`}>
        <Heading level={3} id={`report-${report.id}`} className="sp-care-report__when">
          <time dateTime={report.writtenAt}>{dateTimeLabel(report.writtenAt, i18n.language)}</time>
        </Heading>
        <Paragraph className="sp-care-report__by">
          {t('reports.by', { name: `${report.author.firstName} ${report.author.surname}`, organisation: report.organisation.name })}
          {showVisibility && !report.visibleToResident && <span className="sp-care-badge sp-care-badge--internal">{t('reports.notVisible')}</span>}
        </Paragraph>
        <Paragraph className="sp-care-report__text">{report.text}</Paragraph>
      </article>
    </li>
  );
}

/**
 * Care reports newest first, ten at a time. "Meer laden" adds the next ten below and moves focus to the first new
 * one, so keyboard and screen-reader users continue reading where the new part begins.
 */
export function ReportList({ dossierId, showVisibility = false }: { dossierId: string | null; showVisibility?: boolean }) {
  const { t } = useTranslation('care');
  const reports = useCareReports(dossierId);
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];
  const total = reports.data?.pages[0]?.total ?? 0;

  useEffect(() => {
    if (focusIndex.current !== null && items.length > focusIndex.current) {
      listRef.current?.children[focusIndex.current]?.querySelector<HTMLElement>('article')?.focus();
      focusIndex.current = null;
    }
  }, [items.length]);

  if (reports.isPending) return <Paragraph className="sp-care-muted">{t('reports.loading')}</Paragraph>;
  if (reports.isError)
    return (
      <Alert type="error">
        <Paragraph>{t('reports.error')}</Paragraph>
      </Alert>
    );
  if (items.length === 0) return <Paragraph className="sp-care-empty">{t('reports.empty')}</Paragraph>;
  const loadMore = () => {
    focusIndex.current = items.length;
    void reports.fetchNextPage();
  };
  return (
    <>
      <ol className="sp-care-reports" ref={listRef}>
        {items.map((report) => (
          <ReportItem key={report.id} report={report} showVisibility={showVisibility} />
        ))}
      </ol>
      <Paragraph className="sp-care-muted" role="status">
        {t('reports.shown', { shown: items.length, total })}
      </Paragraph>
      {reports.hasNextPage && (
        <Button appearance="secondary-action-button" onClick={loadMore} busy={reports.isFetchingNextPage} disabled={reports.isFetchingNextPage}>
          {t('reports.more')}
        </Button>
      )}
    </>
  );
}

import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { RouterLink } from '../../../components/RouterLink';
import { useAccessLog, type AccessLogEntry } from '../api';
import { groupAccessLog, isBreakGlass, type WordingKey } from './access-wording';
import { formatMoment, fullName } from './format';
import { ResponsiveTable } from './ResponsiveTable';
import { LoadError, Loading } from './States';
import './portal.css';

const pageSize = 25;

/** What was done, in plain sentences ("bekeek het plan en bekeek de acties"); a break of the glass with its reason. */
function What({ entry }: { entry: AccessLogEntry & { what: WordingKey[] } }) {
  const { t, i18n } = useTranslation('dossier');
  const sentences = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(entry.what.map((key) => t(key)));
  return (
    <>
      {isBreakGlass(entry.objectType) && <span className="sp-dos-badge sp-dos-badge--alert">{t('accessLog.breakGlass')}</span>}
      {sentences}
      {entry.reason && <span className="sp-dos-reason">{t('accessLog.reason', { reason: entry.reason })}</span>}
    </>
  );
}

/**
 * *Wie heeft mijn gegevens bekeken* (/dossiers/:id/inzage): from the audit log, who of which organisation looked at or
 * changed the resident's data, newest first, 25 a page. A break of the glass stands out with the reason given.
 */
export function AccessLogPage() {
  const { t, i18n } = useTranslation('dossier');
  const { dossierId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('pagina')) || 1);
  const log = useAccessLog(dossierId, page);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / pageSize)) : 1;
  const goTo = (next: number) => {
    setSearch(next === 1 ? {} : { pagina: String(next) });
    headingRef.current?.focus();
  };
  const who = (entry: AccessLogEntry) => (entry.actor ? fullName(entry.actor) : t('accessLog.unknownPerson'));

  return (
    <>
      <RouterLink to={`/dossiers/${dossierId}`} className="sp-dos-back">
        {t('accessLog.back')}
      </RouterLink>
      <PageHeading>{t('accessLog.title')}</PageHeading>
      <Paragraph appearance="lead">{t('accessLog.intro')}</Paragraph>
      <Paragraph>{t('accessLog.breakGlassExplain')}</Paragraph>
      <section aria-labelledby="access-log-list" className="sp-dos-section">
        <Heading level={2} id="access-log-list" ref={headingRef} tabIndex={-1} className="sp-dos-focus">
          {pages > 1 ? t('accessLog.listTitlePaged', { page, pages }) : t('accessLog.listTitle')}
        </Heading>
        {log.isPending && <Loading />}
        {log.isError && <LoadError error={log.error} />}
        {log.data && log.data.items.length === 0 && <Paragraph className="sp-empty">{t('accessLog.empty')}</Paragraph>}
        {log.data && log.data.items.length > 0 && (
          <ResponsiveTable
            labelledBy="access-log-list"
            className="sp-dos-log"
            rows={groupAccessLog(log.data.items).map((entry, index) => ({ ...entry, index }))}
            rowKey={(entry) => String(entry.index)}
            rowClassName={(entry) => (isBreakGlass(entry.objectType) ? 'sp-dos-log__break' : undefined)}
            cardLevel={3}
            cardTitle={(entry) => formatMoment(entry.occurredAt, i18n.language)}
            columns={[
              { id: 'when', label: t('accessLog.when'), cell: (entry) => formatMoment(entry.occurredAt, i18n.language), inTitle: true },
              {
                id: 'who',
                label: t('accessLog.who'),
                cell: (entry) => (
                  <>
                    {who(entry)}
                    {entry.onBehalfOf && <span className="sp-dos-badge sp-dos-badge--behalf">{t('accessLog.onBehalf')}</span>}
                  </>
                ),
              },
              { id: 'organisation', label: t('accessLog.organisation'), cell: (entry) => entry.organisation ?? t('accessLog.noOrganisation') },
              { id: 'what', label: t('accessLog.what.label'), cell: (entry) => <What entry={entry} /> },
            ]}
          />
        )}
        {log.data && pages > 1 && (
          <nav aria-label={t('accessLog.pagination')} className="sp-dos-pager">
            <ButtonGroup>
              <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('accessLog.previous')}
              </Button>
              <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('accessLog.next')}
              </Button>
            </ButtonGroup>
            <Paragraph className="sp-muted">{t('accessLog.pageOf', { page, pages })}</Paragraph>
          </nav>
        )}
      </section>
    </>
  );
}

import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import type { DossierPage } from '../api';
import { formatDate } from './dates';
import { fullName } from './names';

/** Whose dossier this is and its key facts, read at a glance: file number, team, organisation, dates, status. */
export function DossierHeader({ page }: { page: DossierPage }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.dossier' });
  const language = i18n.language;
  const closedRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(!page.closedOn);
  useEffect(() => {
    // Just closed here: the close form is gone, so focus goes to the sentence that says what changed.
    if (page.closedOn && wasOpen.current) closedRef.current?.focus();
    wasOpen.current = !page.closedOn;
  }, [page.closedOn]);
  const status = page.closedOn ? t('closed') : t('open');
  return (
    <header className="sp-work-dossier-header">
      <PageHeading>{fullName(page.resident)}</PageHeading>
      <dl className="sp-work-facts sp-work-facts--row">
        <div>
          <dt>{t('fileNumber')}</dt>
          <dd>{page.fileNumber}</dd>
        </div>
        <div>
          <dt>{t('team')}</dt>
          <dd>{page.team.name}</dd>
        </div>
        <div>
          <dt>{t('organisation')}</dt>
          <dd>{page.organisation.name}</dd>
        </div>
        <div>
          <dt>{t('registeredOn')}</dt>
          <dd>{formatDate(page.registeredOn, language)}</dd>
        </div>
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <span className={`sp-work-badge${page.closedOn ? '' : ' sp-work-badge--ok'}`}>{status}</span>
          </dd>
        </div>
      </dl>
      {page.relations.includes('breakGlass') && (
        <Alert type="warning" role="none">
          <Paragraph>{t('breakGlassActive')}</Paragraph>
        </Alert>
      )}
      {page.closedOn && (
        <div ref={closedRef} tabIndex={-1} className="sp-work-focus-target">
          <Alert type="info" role="none">
            <Paragraph>{t('closedReadOnly', { date: formatDate(page.closedOn, language), reason: page.closingReason ?? '' })}</Paragraph>
          </Alert>
        </div>
      )}
    </header>
  );
}

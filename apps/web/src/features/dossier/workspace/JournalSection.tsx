import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal, type DossierPage } from '../api';
import { FormToggle } from './FormToggle';
import { JournalEntryItem } from './JournalEntryItem';
import { JournalForm } from './JournalForm';
import { NoticeArea } from './notice';

const journalPageSize = 25;

/** One further page of the journal, fetched when asked for with "Meer laden". */
function MorePage({ dossierId, page, first }: { dossierId: string; page: number; first: boolean }) {
  const journal = useJournal(dossierId, page);
  const items = journal.data?.items ?? [];
  const firstId = items[0]?.id;
  useEffect(() => {
    // Continue reading at the first note that was added, not at the top of the page.
    if (first && firstId) document.getElementById(`journal-entry-${firstId}`)?.focus();
  }, [first, firstId]);
  return (
    <>
      {items.map((entry) => (
        <JournalEntryItem key={entry.id} dossierId={dossierId} entry={entry} />
      ))}
    </>
  );
}

/**
 * *Contactjournaal*: newest first. The dossier page brings the first notes; "Meer laden" fetches the next 25 at a
 * time. Adding sits above the list, where a coach writes down a contact right after it happened.
 */
export function JournalSection({ page }: { page: DossierPage }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.journal' });
  const first = page.journal.items;
  // The dossier page holds a whole number of journal pages; further pages continue from there.
  const firstExtra = Math.floor(first.length / journalPageSize) + 1;
  const [extra, setExtra] = useState(0);
  const shown = first.length + extra * journalPageSize;
  const pages = Array.from({ length: extra }, (_, index) => firstExtra + index);
  // Nothing to read and nothing to add (provider staff do not read the journal): no empty section.
  if (page.journal.total === 0 && !page.can.addJournalEntry && !page.closedOn) return null;

  return (
    <section className="sp-work-section" aria-labelledby="journal-title">
      <Heading level={2} id="journal-title">
        {t('title')}
      </Heading>
      <NoticeArea>
        {page.can.addJournalEntry && (
          <FormToggle label={t('add')} appearance="primary-action-button">
            {(close) => <JournalForm dossierId={page.id} onDone={close} />}
          </FormToggle>
        )}
        {page.journal.total === 0 ? (
          <Paragraph className="sp-empty">{t('none')}</Paragraph>
        ) : (
          <>
            <Paragraph className="sp-muted">{t('count', { shown: Math.min(shown, page.journal.total), count: page.journal.total })}</Paragraph>
            <ol className="sp-work-list" aria-labelledby="journal-title">
              {first.map((entry) => (
                <JournalEntryItem key={entry.id} dossierId={page.id} entry={entry} />
              ))}
              {pages.map((number, index) => (
                <MorePage key={number} dossierId={page.id} page={number} first={index === pages.length - 1} />
              ))}
            </ol>
          </>
        )}
        {shown < page.journal.total && (
          <Button appearance="secondary-action-button" onClick={() => setExtra((n) => n + 1)}>
            {t('more')}
          </Button>
        )}
      </NoticeArea>
    </section>
  );
}

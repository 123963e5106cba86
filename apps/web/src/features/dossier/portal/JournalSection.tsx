import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal, type JournalEntry } from '../api';
import { formatDay, fullName } from './format';
import { LoadError, Loading } from './States';

const pageSize = 25;

function Entry({ entry }: { entry: JournalEntry }) {
  const { t, i18n } = useTranslation('dossier');
  const author = entry.authorKind === 'professional' ? fullName(entry.author) : t(`journal.by.${entry.authorKind}`, { name: fullName(entry.author) });
  return (
    <li className="sp-dos-entry">
      <Heading level={3} className="sp-dos-entry__title">
        {t('journal.entryTitle', { date: formatDay(entry.occurredOn, i18n.language), type: entry.contactType.label })}
      </Heading>
      <dl className="sp-dos-facts sp-dos-facts--inline">
        <div>
          <dt>{t('journal.professional')}</dt>
          <dd>{author}</dd>
        </div>
        <div>
          <dt>{t('journal.lifeDomain')}</dt>
          <dd>{entry.lifeDomain?.label ?? t('journal.noLifeDomain')}</dd>
        </div>
      </dl>
      <div className="sp-dos-text sp-dos-entry__note">{entry.note}</div>
    </li>
  );
}

/** One further page of the journal (25 entries), fetched when "meer laden" asks for it. */
function MoreEntries({ dossierId, page }: { dossierId: string; page: number }) {
  const journal = useJournal(dossierId, page);
  if (journal.isPending || journal.isError) {
    return <li className="sp-dos-entry sp-dos-entry--state">{journal.isPending ? <Loading /> : <LoadError error={journal.error} what="part" />}</li>;
  }
  return (
    <>
      {journal.data.items.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </>
  );
}

/**
 * *Contactjournaal*: dated contacts, newest first; the server sends only the entries this visitor may read (for a
 * resident: the ones marked visible to them). The dossier page brings the first ones; "meer laden" adds pages of 25.
 */
export function JournalSection({ dossierId, journal }: { dossierId: string; journal: { items: JournalEntry[]; total: number } }) {
  const { t } = useTranslation('dossier');
  const [extraPages, setExtraPages] = useState(0);
  // The page brought whole pages of 25; the next page to ask for follows on from them.
  const firstExtra = Math.floor(journal.items.length / pageSize) + 1;
  const shown = Math.min(journal.total, journal.items.length + extraPages * pageSize);
  const pages = Array.from({ length: extraPages }, (_, index) => firstExtra + index);
  return (
    <section className="sp-dos-section" aria-labelledby="sec-journal">
      <Heading level={2} id="sec-journal">
        {t('journal.title')}
      </Heading>
      <Paragraph>{t('journal.intro')}</Paragraph>
      {journal.total === 0 ? (
        <Paragraph className="sp-empty">{t('journal.empty')}</Paragraph>
      ) : (
        <>
          <ol className="sp-dos-journal" aria-labelledby="sec-journal">
            {journal.items.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
            {pages.map((page) => (
              <MoreEntries key={page} dossierId={dossierId} page={page} />
            ))}
          </ol>
          <Paragraph className="sp-muted" role="status">
            {t('journal.shown', { shown, total: journal.total })}
          </Paragraph>
          {shown < journal.total && (
            <Button appearance="secondary-action-button" onClick={() => setExtraPages((count) => count + 1)}>
              {t('journal.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

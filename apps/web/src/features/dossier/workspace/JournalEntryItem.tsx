import { ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../api';
import { formatDate } from './dates';
import { FormToggle } from './FormToggle';
import { JournalForm } from './JournalForm';
import { fullName } from './names';

/** One contact note: when, what kind, about which life domain, by whom, whether the resident sees it, and the note. */
export function JournalEntryItem({ dossierId, entry }: { dossierId: string; entry: JournalEntry }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.journal' });
  const date = formatDate(entry.occurredOn, i18n.language);
  const author = entry.authorKind === 'professional' ? fullName(entry.author) : t('byKind', { name: fullName(entry.author), kind: t(`kind.${entry.authorKind}`) });
  return (
    <li className="sp-work-item sp-work-entry">
      <Heading level={3} id={`journal-entry-${entry.id}`} tabIndex={-1} className="sp-work-item__title">
        {t('entryTitle', { date, type: entry.contactType.label })}
      </Heading>
      <p className="sp-work-item__meta">
        {entry.lifeDomain && <span className="sp-work-badge">{entry.lifeDomain.label}</span>}
        <span className={`sp-work-badge${entry.visibleToResident ? ' sp-work-badge--ok' : ''}`}>
          {entry.visibleToResident ? t('visibleYes') : t('visibleNo')}
        </span>
        <span>{t('by', { name: author })}</span>
      </p>
      <Paragraph className="sp-work-text">{entry.note}</Paragraph>
      {entry.policies.includes('update') && (
        <ButtonGroup className="sp-work-item__buttons">
          <FormToggle label={t('edit')} hiddenLabel={t('entryTitle', { date, type: entry.contactType.label })}>
            {(close) => <JournalForm dossierId={dossierId} entry={entry} onDone={close} />}
          </FormToggle>
        </ButtonGroup>
      )}
    </li>
  );
}

import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../components/RouterLink';
import { pageSize, type ThreadSummary } from './api';
import { formatDate, fullName } from './format';

type Props = {
  items: ThreadSummary[];
  /** Where a thread opens: /berichten/:id for residents, /werk/berichten/:id for professionals. */
  threadPath: (id: string) => string;
  /** Professionals work in many dossiers: show the file number with each conversation. */
  showDossier?: boolean;
  labelledBy: string;
};

/** An arrow for the direction of the newest message; the words are for screen readers, the arrow is decoration. */
function Direction({ direction }: { direction: ThreadSummary['lastDirection'] }) {
  const { t } = useTranslation('messages');
  return (
    <span className={`sp-msg-item__direction sp-msg-item__direction--${direction}`}>
      <span aria-hidden="true">{direction === 'sent' ? '→' : '←'}</span>
      <span className="sp-visually-hidden">{t(`list.direction.${direction}`)}</span>
    </span>
  );
}

/** *Mijn berichten*: who, what about and when; an unread conversation is bold and says so to screen readers. */
export function MessageList({ items, threadPath, showDossier = false, labelledBy }: Props) {
  const { t, i18n } = useTranslation('messages');
  if (items.length === 0) return <Paragraph className="sp-empty">{t('list.empty')}</Paragraph>;
  return (
    <ul className="sp-msg-list" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.id} className={item.unread ? 'sp-msg-item sp-msg-item--unread' : 'sp-msg-item'}>
          <Direction direction={item.lastDirection} />
          <span className="sp-msg-item__name">
            {fullName(item.counterpart)}
            {item.counterpart.organisation && <span className="sp-msg-item__organisation">{item.counterpart.organisation}</span>}
          </span>
          <span className="sp-msg-item__subject">
            <RouterLink to={threadPath(item.id)}>
              {item.subject}
              {item.unread && <span className="sp-visually-hidden">{t('list.unreadSuffix')}</span>}
            </RouterLink>
            {showDossier && <span className="sp-msg-item__dossier">{t('list.dossier', { fileNumber: item.dossierFileNumber })}</span>}
          </span>
          <time className="sp-msg-item__date" dateTime={item.lastMessageAt}>
            {formatDate(item.lastMessageAt, i18n.language)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** Previous/next for long lists; absent when everything fits on one page. */
export function Pager({ page, total, onPage }: { page: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('messages');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav className="sp-msg-pager" aria-label={t('list.pager')}>
      <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('list.previous')}
      </Button>
      <Paragraph className="sp-msg-pager__position">{t('list.position', { page, pages })}</Paragraph>
      <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('list.next')}
      </Button>
    </nav>
  );
}

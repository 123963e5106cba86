import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './api';

/** The resident navigation's label for messages, with the number of unread conversations in the link text. */
export function useMessagesNavLabel(plain: string): string {
  const { t } = useTranslation('messages');
  const unread = useUnreadCount();
  return unread > 0 ? t('nav.withUnread', { label: plain, count: unread }) : plain;
}

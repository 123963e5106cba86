import './messages.css';
import { Alert, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ProblemError, useMe } from '../identity/api';
import { attachmentUrl, useThread, type Message, type Thread } from './api';
import { formatDateTime, fullName } from './format';
import { ReplyForm } from './ReplyForm';
import { SignedInOnly } from './SignedInOnly';

function MessageItem({ thread, message, index }: { thread: Thread; message: Message; index: number }) {
  const { t, i18n } = useTranslation('messages');
  const headingId = `message-${index}`;
  const from = message.direction === 'sent' ? t('thread.fromYou') : t('thread.from', { name: fullName(message.sender) });
  return (
    <li className={`sp-msg-message sp-msg-message--${message.direction}`}>
      <article aria-labelledby={headingId}>
        <Heading level={2} id={headingId} className="sp-msg-message__from">
          <span aria-hidden="true" className="sp-msg-message__arrow">
            {message.direction === 'sent' ? '→' : '←'}
          </span>
          {` ${from}`}
        </Heading>
        <Paragraph className="sp-msg-message__meta">
          <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, i18n.language)}</time>
          {message.direction === 'received' && message.sender.organisation && ` · ${message.sender.organisation}`}
        </Paragraph>
        <div className="sp-msg-message__body">
          {message.body.split(/\n{2,}/).map((paragraph, i) => (
            <Paragraph key={i}>{paragraph}</Paragraph>
          ))}
        </div>
        {message.attachment && (
          <Paragraph className="sp-msg-message__attachment">
            <Link href={attachmentUrl(thread.dossierId, message.attachment.documentId)} download={message.attachment.fileName}>
              {t('thread.attachment', { fileName: message.attachment.fileName })}
            </Link>
          </Paragraph>
        )}
      </article>
    </li>
  );
}

function ThreadView({ threadId, area }: { threadId: string; area: 'resident' | 'work' }) {
  const { t } = useTranslation('messages');
  const thread = useThread(threadId);
  const me = useMe();
  const location = useLocation();
  const justSent = (location.state as { sent?: boolean } | null)?.sent === true;
  const sentRef = useRef<HTMLDivElement>(null);
  const back = area === 'resident' ? '/berichten' : '/werk/berichten';
  useEffect(() => {
    if (justSent && thread.data) sentRef.current?.focus();
  }, [justSent, thread.data]);

  if (thread.isError) {
    const missing = thread.error instanceof ProblemError && thread.error.status === 404;
    return (
      <>
        <PageHeading>{t('thread.missingTitle')}</PageHeading>
        <Paragraph>{missing ? t('errors.notFound') : t('errors.load')}</Paragraph>
        <Paragraph>
          <RouterLink to={back}>{t('thread.back')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!thread.data) return <PageHeading>{t('thread.loading')}</PageHeading>;
  const data = thread.data;
  const others = data.participants.filter((p) => p.personId !== me.data?.person.id);
  const withWhom = (others.length > 0 ? others : data.participants).map((p) => (p.organisation ? t('thread.personAt', { name: fullName(p), organisation: p.organisation }) : fullName(p)));
  return (
    <>
      <Paragraph className="sp-msg-back">
        <RouterLink to={back}>{t('thread.back')}</RouterLink>
      </Paragraph>
      <PageHeading>{data.subject}</PageHeading>
      {justSent && (
        <div ref={sentRef} tabIndex={-1} className="sp-msg-focus">
          <Alert type="ok" role="status">
            <Paragraph>{t('thread.sent')}</Paragraph>
          </Alert>
        </div>
      )}
      <Paragraph className="sp-muted">{t('thread.with', { names: withWhom.join(', ') })}</Paragraph>
      {area === 'work' && (
        <Paragraph>
          <RouterLink to={`/werk/dossiers/${data.dossierId}/berichten`}>{t('thread.dossierInbox', { fileNumber: data.dossierFileNumber })}</RouterLink>
        </Paragraph>
      )}
      <ol className="sp-msg-thread" aria-label={t('thread.messagesLabel')}>
        {data.messages.map((message, index) => (
          <MessageItem key={message.id} thread={data} message={message} index={index} />
        ))}
      </ol>
      {data.policies.includes('reply') ? <ReplyForm thread={data} /> : <Paragraph className="sp-muted">{t('thread.closed')}</Paragraph>}
    </>
  );
}

export function ResidentThreadPage() {
  const { t } = useTranslation('messages');
  const { threadId = '' } = useParams();
  return (
    <SignedInOnly title={t('resident.title')}>
      <ThreadView threadId={threadId} area="resident" />
    </SignedInOnly>
  );
}

export function WorkThreadPage() {
  const { threadId = '' } = useParams();
  return <ThreadView threadId={threadId} area="work" />;
}

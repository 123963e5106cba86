import './messages.css';
import { ButtonLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { ProblemError } from '../identity/api';
import { useDossierThreads, useMyThreads } from './api';
import { MessageList, Pager } from './MessageList';
import { SignedInOnly } from './SignedInOnly';

function NewMessageLink({ to }: { to: string }) {
  const { t } = useTranslation('messages');
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <ButtonLink appearance="primary-action-button" href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => navigate(event)}>
      {t('list.new')}
    </ButtonLink>
  );
}

function LoadProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('messages');
  const text = error instanceof ProblemError && error.status === 404 ? t('errors.notFound') : t('errors.load');
  return <Paragraph className="sp-msg-problem">{text}</Paragraph>;
}

function UnreadLine({ count }: { count: number }) {
  const { t } = useTranslation('messages');
  return <Paragraph className="sp-muted">{count > 0 ? t('list.unreadCount', { count }) : t('list.allRead')}</Paragraph>;
}

/** Both inboxes across dossiers: the resident's *Mijn berichten* and the professional's *Berichten*. */
function MyInbox({ area }: { area: 'resident' | 'work' }) {
  const { t } = useTranslation('messages');
  const [page, setPage] = useState(1);
  const threads = useMyThreads(page);
  const base = area === 'resident' ? '/berichten' : '/werk/berichten';
  const mayWrite = (threads.data?.writableDossiers.length ?? 0) > 0;
  return (
    <>
      {area === 'resident' && <Paragraph appearance="lead">{t('list.residentIntro')}</Paragraph>}
      {area === 'resident' && mayWrite && <NewMessageLink to="/berichten/nieuw" />}
      {area === 'work' && <Paragraph>{t('list.workIntro')}</Paragraph>}
      <Heading level={2} id="messages-list-title" className="sp-msg-list-title">
        {t('list.heading')}
      </Heading>
      {threads.isError && <LoadProblem error={threads.error} />}
      {threads.data && (
        <>
          <UnreadLine count={threads.data.unreadCount} />
          <MessageList items={threads.data.items} threadPath={(id) => `${base}/${id}`} showDossier={area === 'work'} labelledBy="messages-list-title" />
          <Pager page={page} total={threads.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

export function ResidentInboxPage() {
  const { t } = useTranslation('messages');
  return (
    <SignedInOnly title={t('resident.title')}>
      <PageHeading>{t('resident.title')}</PageHeading>
      <MyInbox area="resident" />
    </SignedInOnly>
  );
}

export function WorkInboxPage() {
  const { t } = useTranslation('messages');
  return (
    <>
      <PageHeading>{t('work.title')}</PageHeading>
      <MyInbox area="work" />
    </>
  );
}

/** The professional's inbox of one dossier, with "nieuw bericht" when they may start a conversation there. */
export function DossierInboxPage() {
  const { t } = useTranslation('messages');
  const { dossierId = '' } = useParams();
  const [page, setPage] = useState(1);
  const threads = useDossierThreads(dossierId, page);
  const fileNumber = threads.data?.dossier.fileNumber;
  return (
    <>
      <PageHeading>{fileNumber ? t('work.dossierTitle', { fileNumber }) : t('work.title')}</PageHeading>
      {threads.isError && <LoadProblem error={threads.error} />}
      {threads.data && (
        <>
          {threads.data.policies.includes('start') && <NewMessageLink to={`/werk/dossiers/${dossierId}/berichten/nieuw`} />}
          <Heading level={2} id="messages-list-title" className="sp-msg-list-title">
            {t('list.heading')}
          </Heading>
          <UnreadLine count={threads.data.unreadCount} />
          <MessageList items={threads.data.items} threadPath={(id) => `/werk/berichten/${id}`} labelledBy="messages-list-title" />
          <Pager page={page} total={threads.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

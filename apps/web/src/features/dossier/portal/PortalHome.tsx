import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink';
import { useMyActions, useMyDossiers, useUnreadMessages } from '../api';
import { ActionList, sortActions } from './ActionList';
import { DossierCard } from './DossierCard';
import { LoadError, Loading } from './States';
import './portal.css';

type Notice = { text: string; kind: 'ok' | 'error' } | null;

/** *Mijn acties*: the open actions of all my dossiers; ticking one off makes it leave the list. */
function MyActions() {
  const { t } = useTranslation('dossier');
  const actions = useMyActions();
  const [notice, setNotice] = useState<Notice>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const done = (text: string, kind: 'ok' | 'error') => {
    setNotice({ text, kind });
    // The ticked action leaves the list, and its button with it: continue from the list's heading.
    headingRef.current?.focus();
  };
  return (
    <section className="sp-card sp-dos-home__actions" aria-labelledby="home-actions">
      <Heading level={2} id="home-actions" ref={headingRef} tabIndex={-1} className="sp-dos-focus">
        {t('home.actionsTitle')}
      </Heading>
      <div role="status" className="sp-dos-status">
        {notice && (
          <Alert type={notice.kind} role="none">
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {actions.isPending && <Loading />}
      {actions.isError && <LoadError error={actions.error} what="part" />}
      {actions.data &&
        (actions.data.items.length === 0 ? (
          <Paragraph className="sp-empty">{t('home.actionsEmpty')}</Paragraph>
        ) : (
          <ActionList actions={sortActions(actions.data.items)} onDone={done} showDossier />
        ))}
    </section>
  );
}

/** *Mijn dossiers*: the open ones, each with a link in; all of them (closed too) are one link further. */
function MyOpenDossiers() {
  const { t } = useTranslation('dossier');
  const dossiers = useMyDossiers();
  const open = dossiers.data?.items.filter((dossier) => dossier.closedOn === null) ?? [];
  return (
    <section className="sp-card" aria-labelledby="home-dossiers">
      <Heading level={2} id="home-dossiers">
        {t('home.dossiersTitle')}
      </Heading>
      {dossiers.isPending && <Loading />}
      {dossiers.isError && <LoadError error={dossiers.error} what="part" />}
      {dossiers.data &&
        (open.length === 0 ? (
          <Paragraph className="sp-empty">{t('home.dossiersEmpty')}</Paragraph>
        ) : (
          <ul className="sp-dos-list sp-dos-list--compact">
            {open.map((dossier) => (
              <li key={dossier.id}>
                <DossierCard dossier={dossier} level={3} compact />
              </li>
            ))}
          </ul>
        ))}
      {dossiers.data && dossiers.data.items.length > 0 && (
        <Paragraph>
          <RouterLink to="/dossiers">{t('home.allDossiers')}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}

/** The unread-message count, with the way to the messages. */
function MyMessages() {
  const { t } = useTranslation('dossier');
  const unread = useUnreadMessages();
  const count = unread.data?.unread ?? 0;
  return (
    <section className="sp-card" aria-labelledby="home-messages">
      <Heading level={2} id="home-messages">
        {t('home.messagesTitle')}
      </Heading>
      {unread.isPending && <Loading />}
      {unread.isError && <Paragraph className="sp-muted">{t('home.messagesFailed')}</Paragraph>}
      {unread.data && (
        <Paragraph className={count > 0 ? 'sp-dos-unread' : undefined}>{count > 0 ? t('home.unread', { count }) : t('home.unreadNone')}</Paragraph>
      )}
      <Paragraph>
        <RouterLink to="/berichten">{t('home.toMessages')}</RouterLink>
      </Paragraph>
    </section>
  );
}

/** The signed-in part of the portal's home page: my actions, my open dossiers, my messages. */
export function PortalHome() {
  const { t } = useTranslation('dossier');
  return (
    <>
      <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
      <div className="sp-card-grid sp-dos-home">
        <MyActions />
        <MyOpenDossiers />
        <MyMessages />
      </div>
    </>
  );
}

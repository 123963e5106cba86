import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, sessionsKey, useSessions, type SessionItem } from './account-api';
import { describeDevice } from './device';
import { useFocusRequest } from './focus';
import { ProblemError } from './http';

/** Where this account is signed in; any other device can be signed out from here. */
export function SessionsSection() {
  const { t, i18n } = useTranslation('identity');
  const focus = useFocusRequest();
  const sessions = useSessions();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const deviceName = (item: SessionItem) => {
    const { browser, system } = describeDevice(item.userAgent);
    if (browser && system) return t('sessions.browserOn', { browser, system });
    return browser ?? system ?? t('sessions.unknownDevice');
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });

  const end = async (item: SessionItem) => {
    setEnded(null);
    setFailed(null);
    try {
      await accountApi.endSession(item.id);
      setEnded(t('sessions.ended', { device: deviceName(item) }));
    } catch (error) {
      // Already gone is as good as ended; anything else is said.
      if (!(error instanceof ProblemError && error.status === 404)) setFailed(error instanceof ProblemError ? error.title : t('errors.network'));
    }
    await queryClient.invalidateQueries({ queryKey: sessionsKey });
    focus('sessions-title');
  };

  return (
    <section className="sp-account-section" aria-labelledby="sessions-title">
      <Heading level={2} id="sessions-title" tabIndex={-1}>
        {t('sessions.title')}
      </Heading>
      <Paragraph>{t('sessions.intro')}</Paragraph>
      <div role="status" className="sp-status-slot">
        {ended && (
          <Alert type="ok">
            <Paragraph>{ended}</Paragraph>
          </Alert>
        )}
        {failed && (
          <Alert type="error">
            <Paragraph>{failed}</Paragraph>
          </Alert>
        )}
      </div>
      {sessions.isPending && <Paragraph className="sp-loading">{t('sessions.loading')}</Paragraph>}
      {sessions.isError && <Paragraph>{t('errors.network')}</Paragraph>}
      {sessions.data && (
        <ul className="sp-sessions" aria-labelledby="sessions-title">
          {sessions.data.map((item) => (
            <li key={item.id} className="sp-session">
              <Heading level={3} className="sp-session__device">
                {deviceName(item)}
              </Heading>
              <Paragraph className="sp-session__meta">
                {item.current ? t('sessions.current') : t('sessions.lastSeen', { time: when(item.lastSeenAt) })}
              </Paragraph>
              <Paragraph className="sp-session__meta">{t('sessions.since', { time: when(item.createdAt) })}</Paragraph>
              {!item.current && (
                <Button type="button" appearance="secondary-action-button" onClick={() => void end(item)} aria-label={t('sessions.endLabel', { device: deviceName(item), time: when(item.lastSeenAt) })}>
                  {t('sessions.end')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

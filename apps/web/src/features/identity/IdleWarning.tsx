import { AlertDialog, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { fetchMe, meKey, useMe } from './api';
import { idleExpiry, onSessionLost } from './http';

const warnBeforeMs = 60_000;

/**
 * One minute before the session would end for lack of activity, a modal dialog offers to stay signed in (asking
 * /api/me extends the session). The expiry comes from the latest server answer. If nobody answers, the person is taken to /inloggen with an explanation.
 */
export function IdleWarning() {
  const { t } = useTranslation('identity');
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [warning, setWarning] = useState(false);
  const pathRef = useRef(pathname);
  pathRef.current = pathname;
  // Every answer from the server moves the expiry on (x-session-idle-expires); /api/me is only the first source.
  const known = useSyncExternalStore(idleExpiry.subscribe, idleExpiry.get);
  const expiresAt = me.data ? (known ?? Date.parse(me.data.session.idleExpiresAt)) : null;

  // A session ended elsewhere (another device, a password change) shows on the next request: forget the person here.
  useEffect(
    () =>
      onSessionLost(() => {
        if (!queryClient.getQueryData(meKey)) return;
        setWarning(false);
        queryClient.setQueryData(meKey, null);
        const back = encodeURIComponent(pathRef.current);
        void navigate(`/inloggen?terug=${back}`, { state: { notice: 'ended' } });
      }),
    [navigate, queryClient],
  );

  useEffect(() => {
    if (expiresAt === null || Number.isNaN(expiresAt)) return;
    const left = expiresAt - Date.now();
    const warn = setTimeout(() => setWarning(true), Math.max(0, left - warnBeforeMs));
    const expire = setTimeout(() => {
      setWarning(false);
      queryClient.setQueryData(meKey, null);
      const back = encodeURIComponent(pathRef.current);
      void navigate(`/inloggen?terug=${back}`, { state: { notice: 'expired' } });
    }, Math.max(0, left));
    return () => {
      clearTimeout(warn);
      clearTimeout(expire);
    };
  }, [expiresAt, navigate, queryClient]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && !dialog.open) dialog.showModal();
    if (!warning && dialog.open) dialog.close();
  }, [warning]);

  const stay = async () => {
    await queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    setWarning(false);
  };

  return (
    <AlertDialog
      ref={dialogRef}
      type="warning"
      className="sp-idle-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      onCancel={(event) => {
        // Escape means "I am still here", the same as the button.
        event.preventDefault();
        void stay();
      }}
    >
      <Heading level={2} id="idle-title">
        {t('idle.title')}
      </Heading>
      <Paragraph id="idle-text">{t('idle.text')}</Paragraph>
      <Button type="button" appearance="primary-action-button" onClick={() => void stay()}>
        {t('idle.stay')}
      </Button>
    </AlertDialog>
  );
}

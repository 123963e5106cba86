import './account.css';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { identityApi, meKey, ProblemError } from './api';
import { rememberOrganisation } from './remembered-organisation';

type State = { kind: 'checking' } | { kind: 'refused'; message: string };

/**
 * /wachtwoord-herstellen?organisatie=…&token=…: the link from the reset mail. It is used up at once; then the person
 * continues on /inloggen with the second step the server names (the e-mailed code, or for staff held to "an app or a
 * passkey" that app or passkey) and a new password (the token leaves the address bar and history).
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('identity');
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'checking' });
  // A link works once: React's development double effect must not send it twice.
  const sent = useRef(false);
  const organisation = search.get('organisatie') ?? '';
  const token = search.get('token') ?? '';

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    if (!organisation || !token) return setState({ kind: 'refused', message: t('reset.incomplete') });
    identityApi
      .confirmReset({ organisation, token })
      .then((answer) => {
        // Every earlier session of the account ended with this; whoever was signed in here is not any more.
        queryClient.setQueryData(meKey, null);
        // The organisation of this reset: the new-password step says its password length, and the next sign-in offers it.
        rememberOrganisation(organisation);
        // The second step the server asks: the e-mailed code, or the app or passkey the organisation demands of staff.
        void navigate('/inloggen', { replace: true, state: { step: 'reset', next: answer.next, methods: answer.methods } });
      })
      .catch((error: unknown) => {
        const message = error instanceof ProblemError ? (error.errors.find((item) => item.field === 'token')?.message ?? error.title) : t('errors.network');
        setState({ kind: 'refused', message });
      });
  }, [navigate, organisation, queryClient, t, token]);

  if (state.kind === 'checking') {
    return (
      <>
        <PageHeading>{t('reset.title')}</PageHeading>
        <Paragraph className="sp-loading" role="status">
          {t('reset.checking')}
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('reset.refusedTitle')}</PageHeading>
      <Alert type="error">
        <Paragraph>{state.message}</Paragraph>
      </Alert>
      <Paragraph className="sp-after-form">
        <RouterLink to="/wachtwoord-vergeten">{t('reset.askNew')}</RouterLink>
      </Paragraph>
    </>
  );
}

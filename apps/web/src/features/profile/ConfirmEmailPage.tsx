import './profile.css';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useMe, useTenants } from '../identity/api';
import { ProblemError } from '../identity/http';
import { rememberedOrganisation } from '../identity/remembered-organisation';
import { useConfirmEmail } from './api';

type State = { kind: 'ask' } | { kind: 'checking' } | { kind: 'done' } | { kind: 'refused'; message: string };

/** Asks which organisation the account is with, when the link does not say and this browser does not remember. */
function OrganisationForm({ onChoose }: { onChoose: (slug: string) => void }) {
  const { t } = useTranslation('profile');
  const tenants = useTenants();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const items = tenants.data ?? [];
  const value = chosen || (items.length === 1 ? items[0]!.slug : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value) {
      setError(t('confirm.organisationMissing'));
      document.getElementById('confirm-organisation')?.focus();
      return;
    }
    onChoose(value);
  };
  return (
    <form className="sp-form" noValidate onSubmit={submit}>
      <Paragraph>{t('confirm.organisationIntro')}</Paragraph>
      <SelectField
        id="confirm-organisation"
        label={t('confirm.organisation')}
        error={error ?? undefined}
        value={value}
        busy={tenants.isPending}
        onValue={setChosen}
        options={items.map((item) => ({ value: item.slug, label: item.name }))}
        empty={items.length !== 1 ? t('confirm.organisationPlaceholder') : undefined}
      />
      <Button type="submit" appearance="primary-action-button">
        {t('confirm.submit')}
      </Button>
    </form>
  );
}

/**
 * /profiel/email-bevestigen?organisatie=…&token=…: the link mailed to a new address. It may be opened signed out or
 * on another device; the token is the proof. It works once, so it is sent once.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation('profile');
  const [search] = useSearchParams();
  const me = useMe();
  const confirm = useConfirmEmail();
  const token = search.get('token') ?? '';
  const known = search.get('organisatie') ?? rememberedOrganisation();
  const [state, setState] = useState<State>(() => (!token ? { kind: 'refused', message: t('confirm.incomplete') } : known ? { kind: 'checking' } : { kind: 'ask' }));
  const sent = useRef(false);

  const send = (organisation: string) => {
    if (sent.current) return;
    sent.current = true;
    setState({ kind: 'checking' });
    confirm.mutate(
      { organisation, token },
      {
        onSuccess: () => setState({ kind: 'done' }),
        onError: (error) => {
          const message =
            error instanceof ProblemError
              ? (error.errors.find((item) => item.field === 'token' || item.field === 'email')?.message ?? error.title)
              : t('errors.network');
          setState({ kind: 'refused', message });
        },
      },
    );
  };

  useEffect(() => {
    if (token && known) send(known);
    // Once, on arrival (send() guards against React's double effect): the link works one time only.
  }, []);

  const title = state.kind === 'refused' ? t('confirm.refusedTitle') : t('confirm.title');
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {state.kind === 'ask' && <OrganisationForm onChoose={send} />}
      {state.kind === 'checking' && (
        <Paragraph className="sp-loading" role="status">
          {t('confirm.checking')}
        </Paragraph>
      )}
      {state.kind === 'done' && (
        <>
          <Alert type="ok">
            <Paragraph>{t('confirm.done')}</Paragraph>
          </Alert>
          <Paragraph className="sp-profile-back">
            {me.data ? <RouterLink to="/profiel">{t('confirm.toProfile')}</RouterLink> : <RouterLink to="/inloggen">{t('confirm.toSignIn')}</RouterLink>}
          </Paragraph>
        </>
      )}
      {state.kind === 'refused' && (
        <>
          <Alert type="error">
            <Paragraph>{state.message}</Paragraph>
          </Alert>
          <Paragraph className="sp-profile-back">
            <RouterLink to="/profiel/gegevens">{t('confirm.askNew')}</RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, passkeysKey, usePasskeys, type PasskeyItem } from './account-api';
import { meKey } from './api';
import { useFocusRequest } from './focus';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';
import { ProblemError } from './http';
import { passkeysSupported, createPasskey } from './passkey-browser';

type Props = { onAdded?: () => void };

/**
 * The passkeys of the signed-in person: each with its name, when it was added and last used, and a button to remove
 * it; and a small form to add one under a name ("telefoon"), made by the device's own dialog.
 */
export function PasskeySection({ onAdded }: Props) {
  const { t, i18n } = useTranslation('identity');
  const focus = useFocusRequest();
  const queryClient = useQueryClient();
  const passkeys = usePasskeys();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors((error) => {
    if (!(error instanceof ProblemError)) return t('passkeySetup.failed');
    return error.errors.find((item) => item.field === 'response')?.message ?? null;
  });
  const targets = { name: { id: 'passkey-name', label: t('passkeySetup.name') } };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const supported = passkeysSupported();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const chosen = name.trim();
    if (!chosen) return errors.setLocal({ name: t('passkeySetup.nameMissing') });
    setBusy(true);
    try {
      const { options } = await accountApi.passkeyOptions();
      const response = await createPasskey(options);
      const added = await accountApi.addPasskey({ name: chosen, response });
      errors.clear();
      setName('');
      setStatus(t('passkeySetup.added', { name: added.name }));
      // Whether the app or a passkey may go depends on how many there are.
      await Promise.all([queryClient.invalidateQueries({ queryKey: passkeysKey }), queryClient.invalidateQueries({ queryKey: meKey })]);
      focus('passkeys-title');
      onAdded?.();
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (item: PasskeyItem) => {
    setStatus(null);
    try {
      await accountApi.removePasskey(item.id);
      setStatus(t('passkeySetup.removed', { name: item.name }));
    } catch (error) {
      // Already gone is as good as removed; anything else is said.
      if (!(error instanceof ProblemError && error.status === 404)) errors.show(error);
    }
    await Promise.all([queryClient.invalidateQueries({ queryKey: passkeysKey }), queryClient.invalidateQueries({ queryKey: meKey })]);
    focus('passkeys-title');
  };

  // The organisation switched passkeys off: the server answers 404 and there is nothing to show.
  if (passkeys.error instanceof ProblemError && passkeys.error.status === 404) return null;
  return (
    <section className="sp-account-section" aria-labelledby="passkeys-title">
      <Heading level={2} id="passkeys-title" tabIndex={-1}>
        {t('passkeySetup.title')}
      </Heading>
      <Paragraph>{t('passkeySetup.intro')}</Paragraph>
      <div role="status" className="sp-status-slot">
        {status && (
          <Alert type="ok">
            <Paragraph>{status}</Paragraph>
          </Alert>
        )}
      </div>
      {passkeys.isPending && <Paragraph className="sp-loading">{t('passkeySetup.loading')}</Paragraph>}
      {passkeys.isError && <Paragraph>{t('errors.network')}</Paragraph>}
      {passkeys.data && passkeys.data.length === 0 && <Paragraph>{t('passkeySetup.none')}</Paragraph>}
      {passkeys.data && passkeys.data.length > 0 && (
        <ul className="sp-sessions" aria-label={t('passkeySetup.listTitle')}>
          {passkeys.data.map((item) => (
            <li key={item.id} className="sp-session">
              <Heading level={3} className="sp-session__device">
                {item.name}
              </Heading>
              <Paragraph className="sp-session__meta">{t('passkeySetup.created', { time: when(item.createdAt) })}</Paragraph>
              <Paragraph className="sp-session__meta">
                {item.lastUsedAt ? t('passkeySetup.lastUsed', { time: when(item.lastUsedAt) }) : t('passkeySetup.neverUsed')}
              </Paragraph>
              {item.policies.includes('remove') && (
                <Button type="button" appearance="secondary-action-button" onClick={() => void remove(item)} aria-label={t('passkeySetup.removeLabel', { name: item.name })}>
                  {t('passkeySetup.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {passkeys.data?.some((item) => !item.policies.includes('remove')) && <Paragraph>{t('passkeySetup.lastFactor')}</Paragraph>}
      <ErrorSummary id="passkey-errors" level={3} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      {supported ? (
        <form className="sp-form" noValidate onSubmit={(event) => void add(event)} aria-busy={busy}>
          <TextField
            id={targets.name.id}
            label={targets.name.label}
            description={t('passkeySetup.nameDescription')}
            autoComplete="off"
            maxLength={60}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.fields['name']}
          />
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('passkeySetup.add')}
          </Button>
        </form>
      ) : (
        <Paragraph>{t('passkeySetup.unsupported')}</Paragraph>
      )}
    </section>
  );
}

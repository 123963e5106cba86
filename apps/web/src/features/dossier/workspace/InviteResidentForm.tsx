import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites } from '../api';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './fields';
import { required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';

/** Invite the resident of the dossier to sign in: the e-mail address becomes their login name. */
export function InviteResidentForm({ dossierId, onDone }: { dossierId: string; onDone: () => void }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.relatives' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const { inviteResident } = useDossierWrites(dossierId);
  const problem = useProblem();
  const notice = useNotice();
  const [email, setEmail] = useState('');
  const targets = { email: { id: 'invite-resident-email', label: t('inviteEmail') } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await inviteResident.mutateAsync({ email: required(email) });
      notice.ok(t('residentInvitedNow'));
      onDone();
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={inviteResident.isPending} aria-labelledby="invite-resident-title">
      <Heading level={3} id="invite-resident-title">
        {t('inviteResidentTitle')}
      </Heading>
      <ErrorSummary problem={problem} id="invite-resident-errors" targets={targets} level={4} />
      <TextField
        id="invite-resident-email"
        label={t('inviteEmail')}
        description={t('inviteEmailHint')}
        type="email"
        autoComplete="off"
        value={email}
        error={problem.fields['email']}
        onValue={setEmail}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={inviteResident.isPending} disabled={inviteResident.isPending}>
          {t('inviteSend')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {tf('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

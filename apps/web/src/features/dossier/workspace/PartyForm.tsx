import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type InvolvedParty } from '../api';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './fields';
import { optional, required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';

type Props = { dossierId: string; party?: InvolvedParty; onDone: () => void };

/** List or change an involved person or organisation (GP, school, debt counsellor): no login, no rights. */
export function PartyForm({ dossierId, party, onDone }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.parties' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const writes = useDossierWrites(dossierId);
  const save = party ? writes.updateInvolvedParty : writes.addInvolvedParty;
  const problem = useProblem();
  const notice = useNotice();
  const prefix = party ? `party-${party.id}` : 'party-new';
  const [name, setName] = useState(party?.name ?? '');
  const [contactName, setContactName] = useState(party?.contactName ?? '');
  const [phone, setPhone] = useState(party?.phone ?? '');
  const [email, setEmail] = useState(party?.email ?? '');

  const id = (field: string) => `${prefix}-${field}`;
  const targets = Object.fromEntries((['name', 'contactName', 'phone', 'email'] as const).map((field) => [field, { id: id(field), label: t(field) }]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { name: required(name), contactName: optional(contactName), phone: optional(phone), email: optional(email) };
    try {
      if (party) await writes.updateInvolvedParty.mutateAsync({ ...body, partyId: party.id, version: party.version });
      else await writes.addInvolvedParty.mutateAsync(body);
      notice.ok(party ? t('updated') : t('added'));
      onDone();
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={save.isPending} aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>
        {party ? t('editTitle') : t('addTitle')}
      </Heading>
      <ErrorSummary problem={problem} id={`${prefix}-errors`} targets={targets} level={4} />
      <TextField id={id('name')} label={t('name')} description={t('nameHint')} value={name} maxLength={200} error={problem.fields['name']} onValue={setName} />
      <TextField id={id('contactName')} label={t('contactName')} optional value={contactName} maxLength={200} error={problem.fields['contactName']} onValue={setContactName} />
      <TextField id={id('phone')} label={t('phone')} optional type="tel" autoComplete="off" value={phone} error={problem.fields['phone']} onValue={setPhone} />
      <TextField id={id('email')} label={t('email')} optional type="email" autoComplete="off" value={email} error={problem.fields['email']} onValue={setEmail} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {tf('save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {tf('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

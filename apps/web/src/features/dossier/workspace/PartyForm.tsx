import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type InvolvedParty } from '../api';
import { TextField } from './fields';
import { optional, required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';
import { fieldTargets, WorkForm } from './WorkForm';

type Props = { dossierId: string; party?: InvolvedParty; onDone: () => void };

/** List or change an involved person or organisation (GP, school, debt counsellor): no login, no rights. */
export function PartyForm({ dossierId, party, onDone }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.parties' });
  const writes = useDossierWrites(dossierId);
  const saving = party ? writes.updateInvolvedParty : writes.addInvolvedParty;
  const problem = useProblem();
  const notice = useNotice();
  const prefix = party ? `party-${party.id}` : 'party-new';
  const [name, setName] = useState(party?.name ?? '');
  const [contactName, setContactName] = useState(party?.contactName ?? '');
  const [phone, setPhone] = useState(party?.phone ?? '');
  const [email, setEmail] = useState(party?.email ?? '');

  const { id, targets } = fieldTargets(prefix, ['name', 'contactName', 'phone', 'email'] as const, (field) => t(field));

  const save = async () => {
    const body = { name: required(name), contactName: optional(contactName), phone: optional(phone), email: optional(email) };
    if (party) await writes.updateInvolvedParty.mutateAsync({ ...body, partyId: party.id, version: party.version });
    else await writes.addInvolvedParty.mutateAsync(body);
    notice.ok(party ? t('updated') : t('added'));
    onDone();
  };

  return (
    <WorkForm prefix={prefix} title={party ? t('editTitle') : t('addTitle')} problem={problem} targets={targets} busy={saving.isPending} onSave={save} onCancel={onDone}>
      <TextField id={id('name')} label={t('name')} description={t('nameHint')} value={name} maxLength={200} error={problem.fields['name']} onValue={setName} />
      <TextField id={id('contactName')} label={t('contactName')} optional value={contactName} maxLength={200} error={problem.fields['contactName']} onValue={setContactName} />
      <TextField id={id('phone')} label={t('phone')} optional type="tel" autoComplete="off" value={phone} error={problem.fields['phone']} onValue={setPhone} />
      <TextField id={id('email')} label={t('email')} optional type="email" autoComplete="off" value={email} error={problem.fields['email']} onValue={setEmail} />
    </WorkForm>
  );
}

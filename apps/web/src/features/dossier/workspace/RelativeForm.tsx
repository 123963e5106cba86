import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type Level, type MailLanguage } from '../api';
import { CheckboxField, SelectField, TextField } from './fields';
import { optional, required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';
import { fieldTargets, WorkForm } from './WorkForm';

export const levels: readonly Level[] = ['none', 'informed', 'view', 'write'];
/** Only these levels sign in, so only they can be invited. */
export const signsIn = (level: Level) => level === 'view' || level === 'write';
export const mailLanguages: readonly MailLanguage[] = ['nl', 'en'];

/** *Wie mag inloggen*: add a relative with their relation and level, and invite them to sign in if they may. */
export function RelativeForm({ dossierId, onDone }: { dossierId: string; onDone: () => void }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.relatives' });
  const { addRelative } = useDossierWrites(dossierId);
  const problem = useProblem();
  const notice = useNotice();
  const [firstName, setFirstName] = useState('');
  const [infix, setInfix] = useState('');
  const [surname, setSurname] = useState('');
  const [relation, setRelation] = useState('');
  const [level, setLevel] = useState<Level>('view');
  const [actsOnBehalf, setActsOnBehalf] = useState(false);
  const [email, setEmail] = useState('');
  const [invite, setInvite] = useState(false);
  const [language, setLanguage] = useState<MailLanguage>('nl');

  const fields = ['firstName', 'infix', 'surname', 'relation', 'level', 'actsOnBehalf', 'email', 'language', 'invite'] as const;
  const { id, targets } = fieldTargets('relative-new', fields, (field) => t(field));

  const chooseLevel = (value: Level) => {
    setLevel(value);
    if (value !== 'write') setActsOnBehalf(false);
    if (!signsIn(value)) setInvite(false);
  };

  const save = async () => {
    const body = {
      firstName: required(firstName),
      infix: optional(infix),
      surname: required(surname),
      relation: required(relation),
      level,
      actsOnBehalf,
      email: optional(email),
      invite,
      language,
    };
    await addRelative.mutateAsync(body);
    notice.ok(invite ? t('addedInvited', { name: firstName.trim() }) : t('added', { name: firstName.trim() }));
    onDone();
  };

  return (
    <WorkForm prefix="relative-new" title={t('addTitle')} problem={problem} targets={targets} busy={addRelative.isPending} onSave={save} onCancel={onDone}>
      <div className="sp-work-form__grid">
        <TextField id={id('firstName')} label={t('firstName')} value={firstName} autoComplete="off" maxLength={100} error={problem.fields['firstName']} onValue={setFirstName} />
        <TextField id={id('infix')} label={t('infix')} optional value={infix} autoComplete="off" maxLength={30} error={problem.fields['infix']} onValue={setInfix} />
        <TextField id={id('surname')} label={t('surname')} value={surname} autoComplete="off" maxLength={100} error={problem.fields['surname']} onValue={setSurname} />
        <TextField id={id('relation')} label={t('relation')} description={t('relationHint')} value={relation} maxLength={60} error={problem.fields['relation']} onValue={setRelation} />
      </div>
      <SelectField
        id={id('level')}
        label={t('level')}
        description={t('levelHint')}
        value={level}
        options={levels.map((value) => ({ value, label: t(`levels.${value}`) }))}
        error={problem.fields['level']}
        onValue={(value) => chooseLevel(value as Level)}
      />
      {level === 'write' && (
        <CheckboxField
          id={id('actsOnBehalf')}
          label={t('actsOnBehalf')}
          description={t('actsOnBehalfHint')}
          checked={actsOnBehalf}
          error={problem.fields['actsOnBehalf']}
          onValue={setActsOnBehalf}
        />
      )}
      <TextField
        id={id('email')}
        label={t('email')}
        description={t('emailHint')}
        optional
        type="email"
        autoComplete="off"
        value={email}
        error={problem.fields['email']}
        onValue={setEmail}
      />
      <SelectField
        id={id('language')}
        label={t('language')}
        description={t('languageHint')}
        value={language}
        options={mailLanguages.map((value) => ({ value, label: t(`languages.${value}`) }))}
        error={problem.fields['language']}
        onValue={(value) => setLanguage(value as MailLanguage)}
      />
      {signsIn(level) && (
        <CheckboxField id={id('invite')} label={t('invite')} description={t('inviteHint')} checked={invite} error={problem.fields['invite']} onValue={setInvite} />
      )}
    </WorkForm>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type Level, type MailLanguage, type RelativeAccess } from '../api';
import { CheckboxField, SelectField, TextField } from './fields';
import { fullName, required } from './names';
import { useNotice } from './notice';
import { levels, mailLanguages } from './RelativeForm';
import { useProblem } from './useProblem';
import { fieldTargets, WorkForm } from './WorkForm';

/** Change a relative's relation, level and mail language; the level applies to their next request. */
export function RelativeAccessForm({ dossierId, relative, onDone }: { dossierId: string; relative: RelativeAccess; onDone: () => void }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.relatives' });
  const { updateRelative } = useDossierWrites(dossierId);
  const problem = useProblem();
  const notice = useNotice();
  const [relation, setRelation] = useState(relative.relation);
  const [level, setLevel] = useState<Level>(relative.level);
  const [actsOnBehalf, setActsOnBehalf] = useState(relative.actsOnBehalf);
  const [language, setLanguage] = useState<MailLanguage>(relative.language);
  const prefix = `relative-${relative.personId}`;
  const { id, targets } = fieldTargets(prefix, ['relation', 'level', 'actsOnBehalf', 'language'] as const, (field) => t(field));
  const name = fullName(relative);

  const save = async () => {
    await updateRelative.mutateAsync({ personId: relative.personId, version: relative.version, relation: required(relation), level, actsOnBehalf, language });
    notice.ok(t('changed', { name, level: t(`levels.${level}`) }));
    onDone();
  };

  return (
    <WorkForm prefix={prefix} label={t('changeTitle', { name })} problem={problem} targets={targets} busy={updateRelative.isPending} onSave={save} onCancel={onDone}>
      <TextField id={id('relation')} label={t('relation')} value={relation} maxLength={60} error={problem.fields['relation']} onValue={setRelation} />
      <SelectField
        id={id('level')}
        label={t('level')}
        value={level}
        options={levels.map((value) => ({ value, label: t(`levels.${value}`) }))}
        error={problem.fields['level']}
        onValue={(value) => {
          setLevel(value as Level);
          if (value !== 'write') setActsOnBehalf(false);
        }}
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
      <SelectField
        id={id('language')}
        label={t('language')}
        description={t('languageHint')}
        value={language}
        options={mailLanguages.map((value) => ({ value, label: t(`languages.${value}`) }))}
        error={problem.fields['language']}
        onValue={(value) => setLanguage(value as MailLanguage)}
      />
    </WorkForm>
  );
}

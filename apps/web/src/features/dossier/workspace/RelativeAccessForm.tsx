import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type Level, type RelativeAccess } from '../api';
import { ErrorSummary } from './ErrorSummary';
import { CheckboxField, SelectField, TextField } from './fields';
import { fullName, required } from './names';
import { useNotice } from './notice';
import { levels } from './RelativeForm';
import { useProblem } from './useProblem';

/** Change a relative's relation and level; it applies to their next request. */
export function RelativeAccessForm({ dossierId, relative, onDone }: { dossierId: string; relative: RelativeAccess; onDone: () => void }) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.relatives' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const { updateRelative } = useDossierWrites(dossierId);
  const problem = useProblem();
  const notice = useNotice();
  const [relation, setRelation] = useState(relative.relation);
  const [level, setLevel] = useState<Level>(relative.level);
  const [actsOnBehalf, setActsOnBehalf] = useState(relative.actsOnBehalf);
  const prefix = `relative-${relative.personId}`;
  const id = (field: string) => `${prefix}-${field}`;
  const targets = Object.fromEntries((['relation', 'level', 'actsOnBehalf'] as const).map((field) => [field, { id: id(field), label: t(field) }]));
  const name = fullName(relative);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await updateRelative.mutateAsync({ personId: relative.personId, version: relative.version, relation: required(relation), level, actsOnBehalf });
      notice.ok(t('changed', { name, level: t(`levels.${level}`) }));
      onDone();
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={updateRelative.isPending} aria-label={t('changeTitle', { name })}>
      <ErrorSummary problem={problem} id={`${prefix}-errors`} targets={targets} level={4} />
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
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={updateRelative.isPending} disabled={updateRelative.isPending}>
          {tf('save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {tf('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

import { Fieldset, FieldsetLegend, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useDossierWrites, type DossierAction } from '../api';
import { dateForServer, toDateInput } from './dates';
import { DateField, SelectField, TextField } from './fields';
import { optional, required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';
import { fieldTargets, WorkForm } from './WorkForm';

type Props = { dossierId: string; action?: DossierAction; onDone: () => void };

/**
 * Add or change an action: free text, or a standard action from the catalogue (its name fills the text, which the
 * coach may make more specific); who does it, the contact there and the planned date.
 */
export function ActionForm({ dossierId, action, onDone }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.actions' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const catalogue = useCatalogue();
  const writes = useDossierWrites(dossierId);
  const saving = action ? writes.updateAction : writes.addAction;
  const problem = useProblem(['plannedOn', 'doneOn']);
  const notice = useNotice();
  const prefix = action ? `action-${action.id}` : 'action-new';
  const [kind, setKind] = useState<'free' | 'standard'>(action?.kind ?? 'free');
  const [standardCode, setStandardCode] = useState(action?.standardAction?.code ?? '');
  const [text, setText] = useState(action?.text ?? '');
  const [assignee, setAssignee] = useState(action?.assignee ?? '');
  const [contactName, setContactName] = useState(action?.contactName ?? '');
  const [plannedOn, setPlannedOn] = useState(toDateInput(action?.plannedOn));
  const [doneOn, setDoneOn] = useState(toDateInput(action?.doneOn));
  const standards = catalogue.data?.standardAction ?? [];
  const labelOf = (code: string) => standards.find((item) => item.code === code)?.label ?? '';

  const chooseStandard = (code: string) => {
    // The text follows the choice until the coach writes their own.
    if (!text.trim() || text === labelOf(standardCode)) setText(labelOf(code));
    setStandardCode(code);
  };

  const { id, targets } = fieldTargets(prefix, ['standardCode', 'text', 'assignee', 'contactName', 'plannedOn', 'doneOn'] as const, (field) => t(field));

  const save = async () => {
    const body = {
      text: required(text),
      standardCode: kind === 'standard' ? required(standardCode) : null,
      assignee: optional(assignee),
      contactName: optional(contactName),
      plannedOn: dateForServer(plannedOn),
    };
    if (action) await writes.updateAction.mutateAsync({ ...body, actionId: action.id, version: action.version, doneOn: dateForServer(doneOn) });
    else await writes.addAction.mutateAsync(body);
    notice.ok(action ? t('updated') : t('added'));
    onDone();
  };

  return (
    <WorkForm prefix={prefix} title={action ? t('editTitle') : t('addTitle')} problem={problem} targets={targets} busy={saving.isPending} onSave={save} onCancel={onDone}>
      <Fieldset className="sp-work-choice">
        <FieldsetLegend>{t('kind')}</FieldsetLegend>
        {(['free', 'standard'] as const).map((value) => (
          <div key={value} className="sp-work-choice__option">
            <RadioButton id={id(`kind-${value}`)} name={id('kind')} checked={kind === value} onChange={() => setKind(value)} />
            <FormLabel htmlFor={id(`kind-${value}`)} type="radio">
              {t(`kinds.${value}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      {kind === 'standard' && (
        <SelectField
          id={id('standardCode')}
          label={t('standardCode')}
          value={standardCode}
          empty={tf('choose')}
          options={standards.map((item) => ({ value: item.code, label: item.label }))}
          error={problem.fields['standardCode']}
          onValue={chooseStandard}
        />
      )}
      <TextField id={id('text')} label={t('text')} value={text} maxLength={500} wide error={problem.fields['text']} onValue={setText} />
      <div className="sp-work-form__grid">
        <TextField id={id('assignee')} label={t('assignee')} description={t('assigneeHint')} optional value={assignee} error={problem.fields['assignee']} onValue={setAssignee} />
        <TextField id={id('contactName')} label={t('contactName')} optional value={contactName} error={problem.fields['contactName']} onValue={setContactName} />
        <DateField id={id('plannedOn')} label={t('plannedOn')} optional value={plannedOn} error={problem.fields['plannedOn']} onValue={setPlannedOn} />
        {action && <DateField id={id('doneOn')} label={t('doneOn')} optional value={doneOn} error={problem.fields['doneOn']} onValue={setDoneOn} />}
      </div>
    </WorkForm>
  );
}

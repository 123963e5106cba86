import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormLabel, Heading, RadioButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useDossierWrites, type DossierAction } from '../api';
import { dateForServer, toDateInput } from './dates';
import { ErrorSummary } from './ErrorSummary';
import { DateField, SelectField, TextField } from './fields';
import { optional, required } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';

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
  const save = action ? writes.updateAction : writes.addAction;
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

  const id = (field: string) => `${prefix}-${field}`;
  const targets = Object.fromEntries(
    (['standardCode', 'text', 'assignee', 'contactName', 'plannedOn', 'doneOn'] as const).map((field) => [field, { id: id(field), label: t(field) }]),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      text: required(text),
      standardCode: kind === 'standard' ? required(standardCode) : null,
      assignee: optional(assignee),
      contactName: optional(contactName),
      plannedOn: dateForServer(plannedOn),
    };
    try {
      if (action) await writes.updateAction.mutateAsync({ ...body, actionId: action.id, version: action.version, doneOn: dateForServer(doneOn) });
      else await writes.addAction.mutateAsync(body);
      notice.ok(action ? t('updated') : t('added'));
      onDone();
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={save.isPending} aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>
        {action ? t('editTitle') : t('addTitle')}
      </Heading>
      <ErrorSummary problem={problem} id={`${prefix}-errors`} targets={targets} level={4} />
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

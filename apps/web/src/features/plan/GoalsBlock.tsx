import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextareaField, TextField } from '../../components/form/fields';
import { useAddAction, useAddGoal, useGoalStatus, useLifeDomains, useRemoveItem, type Goal, type GoalsBlock, type GoalStatus, type LifeDomain, type PlanAction } from './api';
import { BlockFrame, FormToggle, Notice } from './BlockFrame';
import { submitHandler, usePlanFormErrors } from './form-submit';
import { domId, today } from './format';
import { PlanField } from './PlanField';
import { Measurements } from './GoalMeasurements';
import { PlanForm } from './PlanForm';

const statuses: GoalStatus[] = ['open', 'achieved', 'notAchieved', 'stopped'];
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The tenant's active life domains; a goal's own code stays selectable (with its label) after it was switched off. */
function useDomainOptions(current?: LifeDomain | null) {
  const { i18n } = useTranslation('plan');
  const domains = useLifeDomains();
  const options = (domains.data ?? []).map((d) => ({ key: d.code, label: d.label }));
  if (current && !options.some((o) => o.key === current.code)) options.push({ key: current.code, label: i18n.language === 'en' ? current.label.en : current.label.nl });
  return options;
}

function AddGoalForm({ planId, block, onDone }: { planId: string; block: GoalsBlock; onDone: (text: string) => void }) {
  const { t } = useTranslation('plan');
  const add = useAddGoal(planId, block.key);
  const errors = usePlanFormErrors();
  const options = useDomainOptions();
  const [form, setForm] = useState({ title: '', description: '', targetDate: '', lifeDomain: '' });
  const id = `add-goal-${block.key}`;
  const targets = {
    title: { id: `${id}-title`, label: t('goal.title') },
    description: { id: `${id}-description`, label: t('goal.description') },
    targetDate: { id: `${id}-targetDate`, label: t('goal.targetDate') },
    lifeDomain: { id: `${id}-lifeDomain`, label: t('goal.lifeDomain') },
  };
  const submit = submitHandler(
    errors,
    () => (!form.title.trim() ? { title: t('form.required') } : null),
    async () => {
      await add.mutateAsync({
        title: form.title,
        description: form.description || undefined,
        ...(block.definition.targetDate ? { targetDate: form.targetDate || null } : {}),
        ...(block.definition.lifeDomain ? { lifeDomain: form.lifeDomain || null } : {}),
      });
      return t('goal.added', { title: form.title });
    },
    onDone,
  );
  return (
    <PlanForm id={id} level={3} title={t('goal.addTitle')} errors={errors} targets={targets} onSubmit={submit} submit={t('goal.add')} busy={add.isPending} onCancel={() => onDone('')}>
      <TextField id={targets.title.id} label={targets.title.label} value={form.title} onValue={(v) => setForm((f) => ({ ...f, title: v }))} error={errors.fields.title} />
      <TextareaField id={targets.description.id} label={targets.description.label} optional={t('field.optional')} rows={3} value={form.description} onValue={(v) => setForm((f) => ({ ...f, description: v }))} error={errors.fields.description} />
      {block.definition.targetDate && (
        <TextField id={targets.targetDate.id} type="date" label={targets.targetDate.label} optional={t('field.optional')} value={form.targetDate} onValue={(v) => setForm((f) => ({ ...f, targetDate: v }))} error={errors.fields.targetDate} />
      )}
      {block.definition.lifeDomain && (
        <SelectField
          id={targets.lifeDomain.id}
          label={targets.lifeDomain.label}
          optional={t('field.optional')}
          value={form.lifeDomain}
          empty={t('field.none')}
          options={options.map((o) => ({ value: o.key, label: o.label }))}
          onValue={(v) => setForm((f) => ({ ...f, lifeDomain: v }))}
          error={errors.fields.lifeDomain}
        />
      )}
    </PlanForm>
  );
}

function StatusForm({ planId, goal, onDone }: { planId: string; goal: Goal; onDone: (text: string) => void }) {
  const { t } = useTranslation('plan');
  const save = useGoalStatus(planId, goal.id);
  const errors = usePlanFormErrors();
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [reason, setReason] = useState(text(goal.fields.statusReason?.value));
  const id = domId('status', goal.id);
  const targets = { status: { id: `${id}-status`, label: t('goal.status') }, reason: { id: `${id}-reason`, label: t('goal.reason') } };
  const submit = submitHandler(
    errors,
    () => (status !== 'open' && !reason.trim() ? { reason: t('goal.reasonRequired') } : null),
    async () => {
      await save.mutateAsync({ status, reason, version: goal.version, reasonVersion: goal.fields.statusReason?.version ?? 0 });
      return t('goal.statusSaved', { status: t(`goal.statuses.${status}`) });
    },
    onDone,
  );
  return (
    <PlanForm id={id} level={4} title={t('goal.statusTitle')} errors={errors} targets={targets} onSubmit={submit} submit={t('goal.saveStatus')} busy={save.isPending} onCancel={() => onDone('')}>
      <SelectField id={targets.status.id} label={targets.status.label} value={status} options={statuses.map((s) => ({ value: s, label: t(`goal.statuses.${s}`) }))} onValue={(v) => setStatus(v as GoalStatus)} error={errors.fields.status} />
      <TextareaField id={targets.reason.id} label={targets.reason.label} description={t('goal.reasonHint')} rows={3} value={reason} onValue={setReason} error={errors.fields.reason} />
    </PlanForm>
  );
}

function AddActionForm({ planId, goal, onDone }: { planId: string; goal: Goal; onDone: (text: string) => void }) {
  const { t } = useTranslation('plan');
  const add = useAddAction(planId, goal.id);
  const errors = usePlanFormErrors();
  const [form, setForm] = useState({ title: '', who: '', plannedOn: '' });
  const id = domId('add-action', goal.id);
  const targets = { title: { id: `${id}-title`, label: t('action.title') }, who: { id: `${id}-who`, label: t('action.who') }, plannedOn: { id: `${id}-plannedOn`, label: t('action.plannedOn') } };
  const submit = submitHandler(
    errors,
    () => (!form.title.trim() ? { title: t('form.required') } : null),
    async () => {
      await add.mutateAsync({ title: form.title, who: form.who || undefined, plannedOn: form.plannedOn || null });
      return t('action.added', { title: form.title });
    },
    onDone,
  );
  return (
    <PlanForm id={id} level={4} title={t('action.addTitle')} errors={errors} targets={targets} onSubmit={submit} submit={t('action.add')} busy={add.isPending} onCancel={() => onDone('')}>
      <TextField id={targets.title.id} label={targets.title.label} value={form.title} onValue={(v) => setForm((f) => ({ ...f, title: v }))} error={errors.fields.title} />
      <TextField id={targets.who.id} label={targets.who.label} optional={t('field.optional')} value={form.who} onValue={(v) => setForm((f) => ({ ...f, who: v }))} error={errors.fields.who} />
      <TextField id={targets.plannedOn.id} type="date" label={targets.plannedOn.label} optional={t('field.optional')} value={form.plannedOn} onValue={(v) => setForm((f) => ({ ...f, plannedOn: v }))} error={errors.fields.plannedOn} />
    </PlanForm>
  );
}

function RemoveGoal({ planId, goal, title }: { planId: string; goal: Goal; title: string }) {
  const { t } = useTranslation('plan');
  const remove = useRemoveItem(planId);
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button appearance="subtle-button" onClick={() => setAsking(true)}>
        {t('goal.remove')}
        <span className="sp-visually-hidden">{` ${title}`}</span>
      </Button>
    );
  }
  return (
    <div className="sp-plan-confirm" role="group" aria-label={t('goal.removeQuestion', { title })}>
      <Paragraph>{t('goal.removeQuestion', { title })}</Paragraph>
      {failed && <Paragraph className="sp-plan-error">{t('goal.removeFailed')}</Paragraph>}
      <ButtonGroup>
        <Button ref={keepRef} appearance="secondary-action-button" onClick={() => setAsking(false)}>
          {t('goal.keep')}
        </Button>
        <Button
          appearance="primary-action-button"
          busy={remove.isPending}
          onClick={() => remove.mutateAsync({ itemId: goal.id, version: goal.version }).catch(() => setFailed(true))}
        >
          {t('goal.removeConfirm')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

function ActionItem({ planId, blockKey, action, writable }: { planId: string; blockKey: string; action: PlanAction; writable: boolean }) {
  const { t } = useTranslation('plan');
  const address = (fieldKey: string) => ({ blockKey, itemId: action.id, fieldKey });
  const title = text(action.fields.title?.value) || t('action.untitled');
  const done = typeof action.fields.doneOn?.value === 'string';
  return (
    <li className="sp-plan-action">
      <Heading level={5} className="sp-plan-action__title">
        {title}
        <span className={done ? 'sp-plan-badge sp-plan-badge--done' : 'sp-plan-badge'}>{done ? t('action.isDone') : t('action.isOpen')}</span>
      </Heading>
      <div className="sp-plan-action__fields">
        <PlanField planId={planId} address={address('title')} field={action.fields.title} writable={writable} label={t('action.title')} control={{ type: 'shortText' }} required />
        <PlanField planId={planId} address={address('who')} field={action.fields.who} writable={writable} label={t('action.who')} control={{ type: 'shortText' }} />
        <PlanField planId={planId} address={address('plannedOn')} field={action.fields.plannedOn} writable={writable} label={t('action.plannedOn')} control={{ type: 'date' }} />
        <PlanField
          planId={planId}
          address={address('doneOn')}
          field={action.fields.doneOn}
          writable={writable}
          label={t('action.doneOn')}
          control={{ type: 'date' }}
          emptyText={t('action.notDone')}
          extra={(save) =>
            save.value ? null : (
              <Button appearance="secondary-action-button" className="sp-plan-action__done" onClick={() => save.commit(today())}>
                {t('action.markDone')}
                <span className="sp-visually-hidden">{` ${title}`}</span>
              </Button>
            )
          }
        />
      </div>
    </li>
  );
}

function GoalCard({ planId, block, goal }: { planId: string; block: GoalsBlock; goal: Goal }) {
  const { t } = useTranslation('plan');
  const [notice, setNotice] = useState<string | null>(null);
  const writable = goal.policies.includes('write');
  const options = useDomainOptions(goal.lifeDomain);
  const title = text(goal.fields.title?.value) || t('goal.untitled');
  const id = domId('goal', goal.id);
  const address = (fieldKey: string) => ({ blockKey: block.key, itemId: goal.id, fieldKey });
  const reason = text(goal.fields.statusReason?.value);
  return (
    <article className="sp-plan-goal" aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`} className="sp-plan-goal__title">
        {title}
      </Heading>
      <Paragraph className="sp-plan-goal__status">
        <span className={`sp-plan-badge sp-plan-badge--${goal.status}`}>{t(`goal.statuses.${goal.status}`)}</span>
        {reason && goal.status !== 'open' && ` ${t('goal.because', { reason })}`}
      </Paragraph>
      <Notice text={notice} />
      <PlanField planId={planId} address={address('title')} field={goal.fields.title} writable={writable} label={t('goal.title')} control={{ type: 'shortText' }} required />
      <PlanField planId={planId} address={address('description')} field={goal.fields.description} writable={writable} label={t('goal.description')} control={{ type: 'longText' }} />
      {block.definition.targetDate && (
        <PlanField planId={planId} address={address('targetDate')} field={goal.fields.targetDate} writable={writable} label={t('goal.targetDate')} control={{ type: 'date' }} />
      )}
      {block.definition.lifeDomain && (
        <PlanField planId={planId} address={address('lifeDomain')} field={goal.fields.lifeDomain} writable={writable} label={t('goal.lifeDomain')} control={{ type: 'select', options }} />
      )}
      <PlanField planId={planId} address={address('progress')} field={goal.fields.progress} writable={writable} label={t('goal.progress')} control={{ type: 'longText' }} />
      {writable && (
        <FormToggle label={t('goal.changeStatus')} onMessage={setNotice}>
          {(done) => <StatusForm planId={planId} goal={goal} onDone={done} />}
        </FormToggle>
      )}
      {block.definition.measurements && <Measurements planId={planId} goal={goal} scale={block.definition.measurements} title={title} />}
      {block.definition.actions && (
        <section className="sp-plan-subsection" aria-labelledby={`${id}-actions`}>
          <Heading level={4} id={`${id}-actions`}>
            {t('action.listTitle')}
          </Heading>
          {goal.actions.length === 0 ? (
            <Paragraph className="sp-empty">{t('action.empty')}</Paragraph>
          ) : (
            <ul className="sp-plan-actions">
              {goal.actions.map((action) => (
                <ActionItem key={action.id} planId={planId} blockKey={block.key} action={action} writable={writable} />
              ))}
            </ul>
          )}
          {writable && (
            <FormToggle label={t('action.open')} onMessage={setNotice}>
              {(done) => <AddActionForm planId={planId} goal={goal} onDone={done} />}
            </FormToggle>
          )}
        </section>
      )}
      {goal.policies.includes('remove') && <RemoveGoal planId={planId} goal={goal} title={title} />}
    </article>
  );
}

/** Goals and actions: every goal this person may see, each with its fields, status, measurements and actions. */
export function GoalsBlockView({ planId, block }: { planId: string; block: GoalsBlock }) {
  const { t } = useTranslation('plan');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <BlockFrame block={block}>
      <Notice text={notice} />
      {block.goals.length === 0 ? (
        <Paragraph className="sp-empty">{t('goal.empty')}</Paragraph>
      ) : (
        <div className="sp-plan-goals">
          {block.goals.map((goal) => (
            <GoalCard key={goal.id} planId={planId} block={block} goal={goal} />
          ))}
        </div>
      )}
      {block.policies.includes('write') && (
        <FormToggle label={t('goal.open')} onMessage={setNotice}>
          {(done) => <AddGoalForm planId={planId} block={block} onDone={done} />}
        </FormToggle>
      )}
    </BlockFrame>
  );
}

import { Alert, Button, ButtonGroup, Checkbox, Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { fullName, isConflict, useSaveGoalRights, type GoalRight, type Participant, type PlanView, type Rights } from './api';
import { Done, usePlanAdminErrors } from './parts';

export const personLabel = (p: Participant, t: ReturnType<typeof useTranslation<'planAdmin'>>['t']) =>
  t('rights.personHeading', { name: fullName(p.name), relation: p.relation === 'resident' ? t('rights.relation.resident') : p.relation });

type Saved = { version: number; onSaved: (version: number) => void; onRebase: (rights: Rights, notice: { text: string; goalId: string }) => void };

/** Rights per goal; each goal's form starts from `rights` (the screen's base) and starts again when that is replaced. */
export function GoalSection({ plan, rights, notice, version, onSaved, onRebase }: { plan: PlanView; rights: Rights; notice: { text: string; goalId: string } | null } & Saved) {
  const { t } = useTranslation('planAdmin');
  const goals = plan.blocks.flatMap((block) => (block.goals ?? []).map((goal) => ({ id: goal.id, title: String(goal.fields['title']?.value ?? '') || t('rights.untitledGoal') })));
  return (
    <section aria-labelledby="rights-goals" className="sp-plan-admin-panel">
      <Heading level={2} id="rights-goals">
        {t('rights.goals')}
      </Heading>
      <Paragraph>{t('rights.goalsHint')}</Paragraph>
      {goals.length === 0 && <Paragraph>{t('rights.noGoals')}</Paragraph>}
      <Done message={notice?.text ?? null} />
      {goals.map((goal) => (
        <GoalRights key={`${goal.id}:${rights.version}`} planId={plan.id} goal={goal} people={rights.participants} focus={notice?.goalId === goal.id} version={version} onSaved={onSaved} onRebase={onRebase} />
      ))}
    </section>
  );
}

type Right = GoalRight & { personId: string };
const noRight: GoalRight = { canView: false, canWrite: false, canMeasure: false };
const rightsOf = (people: Participant[], goalId: string): Right[] => people.map((p) => ({ personId: p.personId, ...(p.goalRights[goalId] ?? noRight) }));

function GoalRights({ planId, goal, people, focus, version, onSaved, onRebase }: { planId: string; goal: { id: string; title: string }; people: Participant[]; focus: boolean } & Saved) {
  const { t } = useTranslation('planAdmin');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);
  const save = useSaveGoalRights(planId);
  const errors = usePlanAdminErrors((path) => (path.startsWith('rights') ? 'rights' : path));
  const [done, setDone] = useState<string | null>(null);
  const [rights, setRights] = useState<Right[]>(() => rightsOf(people, goal.id));
  // Someone saved the plan's rights while this screen was open: their rights next to this person's choice.
  const [theirs, setTheirs] = useState<Rights | null>(null);
  const set = (personId: string, field: keyof GoalRight, on: boolean) => {
    setDone(null);
    setRights(
      rights.map((r) => {
        if (r.personId !== personId) return r;
        const next = { ...r, [field]: on };
        // Writing or measuring includes seeing; not seeing takes both away.
        if (field !== 'canView' && on) next.canView = true;
        if (field === 'canView' && !on) Object.assign(next, { canWrite: false, canMeasure: false });
        return next;
      }),
    );
  };
  const send = async (basedOn: number, settling: boolean) => {
    try {
      const answer = await save.mutateAsync({ goalId: goal.id, version: basedOn, rights });
      errors.clear();
      setTheirs(null);
      // Saved on top of someone else's change: the whole screen starts again from what is stored now.
      if (settling) onRebase(answer, { text: t('rights.goalSaved', { title: goal.title }), goalId: goal.id });
      else {
        onSaved(answer.version);
        setDone(t('rights.goalSaved', { title: goal.title }));
      }
    } catch (error) {
      if (isConflict(error) && error.current) setTheirs(error.current as Rights);
      else errors.show(error);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    void send(version, false);
  };
  const headingId = `goal-${goal.id}`;
  return (
    <section aria-labelledby={headingId} className="sp-plan-admin-block">
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1} className="sp-plan-admin-block__title">
        {t('rights.goalHeading', { title: goal.title })}
      </Heading>
      <Done message={done} />
      {theirs && (
        <GoalConflict
          id={headingId}
          title={goal.title}
          people={people}
          mine={rights}
          theirs={rightsOf(theirs.participants, goal.id)}
          busy={save.isPending}
          onKeepMine={() => void send(theirs.version, true)}
          onKeepTheirs={() => onRebase(theirs, { text: t('rights.goalConflict.tookTheirs', { title: goal.title }), goalId: goal.id })}
        />
      )}
      <ErrorSummary id={`${headingId}-errors`} level={4} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={{ rights: { id: `${headingId}-table`, label: t('rights.goalCaption', { title: goal.title }) } }} />
      <form noValidate onSubmit={submit} aria-busy={save.isPending}>
        <div className="sp-plan-admin-table-wrap" id={`${headingId}-table`} tabIndex={-1}>
          <Table className="sp-plan-admin-table" aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('rights.person')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rights.see')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rights.writeGoal')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rights.measure')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {people.map((person) => {
                const right = rights.find((r) => r.personId === person.personId) ?? { personId: person.personId, ...noRight };
                const name = fullName(person.name);
                const box = (field: keyof GoalRight, label: string) => (
                  <Checkbox id={`${headingId}-${person.personId}-${field}`} aria-label={label} checked={right[field]} onChange={(event) => set(person.personId, field, event.target.checked)} />
                );
                return (
                  <TableRow key={person.personId}>
                    <TableHeaderCell scope="row">{personLabel(person, t)}</TableHeaderCell>
                    <TableCell>{box('canView', t('rights.seeLabel', { name, goal: goal.title }))}</TableCell>
                    <TableCell>{box('canWrite', t('rights.writeLabel', { name, goal: goal.title }))}</TableCell>
                    <TableCell>{box('canMeasure', t('rights.measureLabel', { name, goal: goal.title }))}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
        <Button type="submit" appearance="secondary-action-button" disabled={save.isPending}>
          {t('rights.saveGoal', { title: goal.title })}
        </Button>
      </form>
    </section>
  );
}

/**
 * A stale save of a goal's rights (409): the rights as they are stored now next to this person's choice, and the
 * choice between them, as the plan page does for a field. Focus goes to the heading so keyboard and screen reader
 * users land here.
 */
function GoalConflict({ id, title, people, mine, theirs, busy, onKeepMine, onKeepTheirs }: { id: string; title: string; people: Participant[]; mine: Right[]; theirs: Right[]; busy: boolean; onKeepMine: () => void; onKeepTheirs: () => void }) {
  const { t } = useTranslation('planAdmin');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const describe = (right: Right | undefined) => {
    if (!right?.canView) return t('rights.goalConflict.none');
    return [t('rights.see'), right.canWrite ? t('rights.writeGoal') : null, right.canMeasure ? t('rights.measure') : null].filter(Boolean).join(', ');
  };
  const list = (rows: Right[]) => (
    <ul className="sp-plan-admin-conflict__list">
      {people.map((p) => (
        <li key={p.personId}>{t('rights.goalConflict.line', { name: fullName(p.name), rights: describe(rows.find((r) => r.personId === p.personId)) })}</li>
      ))}
    </ul>
  );
  return (
    <Alert type="warning" className="sp-plan-admin-conflict">
      <div role="group" aria-labelledby={`${id}-conflict`}>
        <Heading level={4} id={`${id}-conflict`} ref={headingRef} tabIndex={-1}>
          {t('conflict.title')}
        </Heading>
        <Paragraph>{t('rights.goalConflict.intro', { title })}</Paragraph>
        <div className="sp-plan-admin-conflict__versions">
          <section aria-labelledby={`${id}-mine`}>
            <Heading level={5} id={`${id}-mine`}>
              {t('rights.goalConflict.mine')}
            </Heading>
            {list(mine)}
          </section>
          <section aria-labelledby={`${id}-theirs`}>
            <Heading level={5} id={`${id}-theirs`}>
              {t('rights.goalConflict.theirs')}
            </Heading>
            {list(theirs)}
          </section>
        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" busy={busy} onClick={onKeepMine}>
            {t('rights.goalConflict.keepMine')}
          </Button>
          <Button appearance="secondary-action-button" onClick={onKeepTheirs}>
            {t('rights.goalConflict.keepTheirs')}
          </Button>
        </ButtonGroup>
      </div>
    </Alert>
  );
}

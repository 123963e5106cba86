import { Button, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { fullName, isConflict, usePlan, useRights, useSaveRights, type BlockLevel, type GroupLevel, type Participant, type PlanView, type Rights } from './api';
import { GoalSection, personLabel } from './GoalRightsSection';
import { BackLink, ConflictNotice, Done, LevelSelect, QueryState, usePlanAdminErrors } from './parts';
import './plan-admin.css';

const blockLevels: BlockLevel[] = ['none', 'view', 'write'];
const groupLevels: GroupLevel[] = ['none', 'view', 'edit'];

/** /werk/plannen/:planId/rechten: per linked person portal access and a level per block, user groups, and per goal. */
export function RightsPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation('planAdmin');
  const plan = usePlan(planId);
  const rights = useRights(planId);
  // The form starts from the rights as first read; only "load the new version" after a conflict replaces them.
  const [loaded, setLoaded] = useState<Rights | null>(null);
  // Every save carries the rights version this screen is based on (the plan's version: one for block levels, user
  // groups and goal rights alike). It moves on with this screen's own saves only, never with a background refetch,
  // so a change someone else made in between is a 409, never a silent overwrite.
  const [version, setVersion] = useState<number | null>(null);
  useEffect(() => {
    if (rights.data && !loaded) {
      setLoaded(rights.data);
      setVersion(rights.data.version);
    }
  }, [rights.data, loaded]);
  const shown = loaded;
  const [goalNotice, setGoalNotice] = useState<{ text: string; goalId: string } | null>(null);
  /**
   * The whole screen starts again from these rights (after a conflict was settled), every goal's form too; focus
   * goes to the goal whose conflict it was, so a keyboard user stays in place.
   */
  const rebase = (fresh: Rights, notice: { text: string; goalId: string } | null = null) => {
    setLoaded(fresh);
    setVersion(fresh.version);
    setGoalNotice(notice);
  };
  return (
    <div className="sp-plan-admin sp-plan-admin--wide">
      <BackLink to={`/werk/plannen/${planId}`}>{t('back.plan')}</BackLink>
      <PageHeading>{t('rights.title')}</PageHeading>
      {!plan.data || !shown ? (
        <QueryState loading={plan.isPending || rights.isPending} error={plan.error ?? rights.error} />
      ) : (
        <>
          <Paragraph className="sp-plan-admin-lead">{plan.data.title}</Paragraph>
          <Paragraph>{t('rights.intro')}</Paragraph>
          <RightsForm
            key={shown.version}
            plan={plan.data}
            initial={shown}
            version={version ?? shown.version}
            onSaved={setVersion}
            onReload={async () => {
              const fresh = await rights.refetch();
              if (fresh.data) rebase(fresh.data);
            }}
          />
          <GoalSection plan={plan.data} rights={shown} notice={goalNotice} version={version ?? shown.version} onSaved={setVersion} onRebase={rebase} />
        </>
      )}
    </div>
  );
}

function RightsForm({ plan, initial, version, onSaved, onReload }: { plan: PlanView; initial: Rights; version: number; onSaved: (version: number) => void; onReload: () => void }) {
  const { t } = useTranslation('planAdmin');
  const save = useSaveRights(plan.id);
  const [people, setPeople] = useState(initial.participants);
  const [groups, setGroups] = useState(initial.groups);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // The server names a person by their place in what was sent; this screen sends only the linked ones.
  const [sentOrder, setSentOrder] = useState<string[]>([]);
  const errors = usePlanAdminErrors((path) => {
    const match = /^participants\.(\d+)(?:\.blockLevels\.([^.]+))?/.exec(path);
    if (match) {
      const personId = sentOrder[Number(match[1])];
      return match[2] ? `person.${personId}.${match[2]}` : `person.${personId}`;
    }
    return path.startsWith('groups') ? 'groups' : path;
  });

  const setPerson = (personId: string, patch: Partial<Participant>) => {
    setPeople(people.map((p) => (p.personId === personId ? { ...p, ...patch } : p)));
    setDone(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const linked = people.filter((p) => p.portalAccess || Object.values(p.blockLevels).some((level) => level !== 'none'));
    setSentOrder(linked.map((p) => p.personId));
    try {
      const answer = await save.mutateAsync({
        version,
        participants: linked.map((p) => ({ personId: p.personId, portalAccess: p.portalAccess, blockLevels: p.blockLevels })),
        groups: groups.map((g) => ({ userGroupId: g.userGroupId, level: g.level })),
      });
      onSaved(answer.version);
      setPeople(answer.participants);
      setGroups(answer.groups);
      errors.clear();
      setConflict(false);
      setDone(t('rights.saved'));
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else errors.show(error);
    }
  };

  const targets: Record<string, { id: string; label: string }> = { groups: { id: 'rights-groups', label: t('rights.groups') } };
  for (const p of people) {
    targets[`person.${p.personId}`] = { id: `rights-portal-${p.personId}`, label: fullName(p.name) };
    for (const b of plan.blocks) targets[`person.${p.personId}.${b.key}`] = { id: `rights-${p.personId}-${b.key}`, label: t('rights.blockLevel', { block: b.title, name: fullName(p.name) }) };
  }

  return (
    <>
      <Done message={done} />
      {conflict && <ConflictNotice text={t('conflict.rights')} onReload={onReload} />}
      <ErrorSummary id="rights-errors" title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} untargeted />
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={save.isPending} className="sp-plan-admin-editor">
        <section aria-labelledby="rights-people" className="sp-plan-admin-panel">
          <Heading level={2} id="rights-people">
            {t('rights.people')}
          </Heading>
          {people.map((person) => {
            const name = fullName(person.name);
            const hintId = `rights-hint-${person.personId}`;
            const hint = person.dossierLevel === 'view' ? t('rights.capHint', { name }) : person.dossierLevel === 'informed' || person.dossierLevel === 'none' ? t('rights.noLoginHint', { name }) : null;
            return (
              <section key={person.personId} aria-labelledby={`rights-person-${person.personId}`} className="sp-plan-admin-block">
                <Heading level={3} id={`rights-person-${person.personId}`} className="sp-plan-admin-block__title">
                  {personLabel(person, t)}
                </Heading>
                <Paragraph className="sp-plan-admin-hint">{t('rights.dossierLevel', { level: t(`rights.dossierLevels.${person.dossierLevel}`) })}</Paragraph>
                {hint && (
                  <Paragraph id={hintId} className="sp-plan-admin-note">
                    {hint}
                  </Paragraph>
                )}
                <CheckboxField
                  id={`rights-portal-${person.personId}`}
                  label={t('rights.portal', { name })}
                  checked={person.portalAccess}
                  onValue={(portalAccess) => setPerson(person.personId, { portalAccess })}
                  error={errors.fields[`person.${person.personId}`]}
                />
                <div className="sp-plan-admin-table-wrap">
                  <Table className="sp-plan-admin-table">
                    <TableCaption>{t('rights.blocksCaption', { name })}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('rights.block')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('rights.level')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {plan.blocks.map((block) => {
                        const id = `rights-${person.personId}-${block.key}`;
                        const error = errors.fields[`person.${person.personId}.${block.key}`];
                        return (
                          <TableRow key={block.key}>
                            <TableHeaderCell scope="row">{block.title}</TableHeaderCell>
                            <TableCell>
                              {error && (
                                <Paragraph id={`${id}-error`} className="sp-plan-admin-error">
                                  {error}
                                </Paragraph>
                              )}
                              <LevelSelect
                                id={id}
                                label={t('rights.blockLevel', { block: block.title, name })}
                                describedBy={[error ? `${id}-error` : '', hint ? hintId : ''].join(' ').trim() || undefined}
                                invalid={Boolean(error)}
                                levels={blockLevels}
                                value={person.blockLevels[block.key] ?? 'none'}
                                onChange={(level) => setPerson(person.personId, { blockLevels: { ...person.blockLevels, [block.key]: level } })}
                              />
                            </TableCell>
                          </TableRow>
                        );
                      })}
                    </TableBody>
                  </Table>
                </div>
              </section>
            );
          })}
        </section>

        <section id="rights-groups" tabIndex={-1} aria-labelledby="rights-groups-title" className="sp-plan-admin-panel">
          <Heading level={2} id="rights-groups-title">
            {t('rights.groups')}
          </Heading>
          <Paragraph id="rights-groups-hint">{t('rights.groupsHint')}</Paragraph>
          {errors.fields['groups'] && (
            <Paragraph id="rights-groups-error" className="sp-plan-admin-error">
              {errors.fields['groups']}
            </Paragraph>
          )}
          <div className="sp-plan-admin-table-wrap">
            <Table className="sp-plan-admin-table">
              <TableCaption>{t('rights.groupsCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('rights.group')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('rights.level')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {groups.map((group) => (
                  <TableRow key={group.userGroupId}>
                    <TableHeaderCell scope="row">{group.name}</TableHeaderCell>
                    <TableCell>
                      <LevelSelect
                        id={`rights-group-${group.userGroupId}`}
                        label={t('rights.groupLevel', { group: group.name })}
                        describedBy={errors.fields['groups'] ? 'rights-groups-error rights-groups-hint' : 'rights-groups-hint'}
                        levels={groupLevels}
                        value={group.level}
                        onChange={(level) => {
                          setGroups(groups.map((g) => (g.userGroupId === group.userGroupId ? { ...g, level } : g)));
                          setDone(null);
                        }}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending} className="sp-plan-admin-submit">
          {t('rights.save')}
        </Button>
      </form>
    </>
  );
}

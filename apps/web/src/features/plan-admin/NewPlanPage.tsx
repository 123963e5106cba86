import { Button, Fieldset, FieldsetLegend, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { fullName, useCreatePlan, useDossierResident, useGroupChoices, useTemplates, type GroupLevel } from './api';
import { BackLink, LevelSelect, QueryState, Radio, usePlanAdminErrors } from './parts';
import './plan-admin.css';

const groupLevels: GroupLevel[] = ['none', 'view', 'edit'];

/** /werk/dossiers/:dossierId/plannen/nieuw: a plan from a template of the coach's groups, and who may view or edit it. */
export function NewPlanPage() {
  const { dossierId = '' } = useParams();
  const { t } = useTranslation('planAdmin');
  const navigate = useNavigate();
  const templates = useTemplates();
  const groups = useGroupChoices();
  const resident = useDossierResident(dossierId);
  const create = useCreatePlan(dossierId);
  const errors = usePlanAdminErrors((path) => (path.startsWith('groups') ? 'groups' : path));
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [levels, setLevels] = useState<Record<string, GroupLevel>>({});

  // The coach's own groups start at "edit": they must keep edit themselves.
  useEffect(() => {
    if (groups.data && Object.keys(levels).length === 0) setLevels(Object.fromEntries(groups.data.map((g) => [g.id, g.member ? 'edit' : 'none'])));
  }, [groups.data, levels]);

  const chooseTemplate = (id: string) => {
    const previous = templates.data?.find((tpl) => tpl.id === templateId);
    const next = templates.data?.find((tpl) => tpl.id === id);
    // A title that still is the previous template's name follows the choice.
    if (next && (!title || title === previous?.name)) setTitle(next.name);
    setTemplateId(id);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!templateId) local['templateId'] = t('newPlan.chooseTemplate');
    if (!title.trim()) local['title'] = t('errors.required');
    if (!groups.data?.some((g) => g.member && levels[g.id] === 'edit')) local['groups'] = t('newPlan.needEdit');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    try {
      const chosen = Object.entries(levels)
        .filter(([, level]) => level !== 'none')
        .map(([userGroupId, level]) => ({ userGroupId, level: level as 'view' | 'edit' }));
      const plan = await create.mutateAsync({ templateId, title: title.trim(), groups: chosen });
      void navigate(`/werk/plannen/${plan.id}`);
    } catch (error) {
      errors.show(error);
    }
  };

  const heading = resident.data ? t('newPlan.titleFor', { name: fullName(resident.data) }) : t('newPlan.title');
  const firstTemplate = templates.data?.[0]?.id;
  const targets = {
    templateId: { id: firstTemplate ? `plan-template-${firstTemplate}` : 'plan-template', label: t('newPlan.template') },
    title: { id: 'plan-title', label: t('newPlan.planTitle') },
    groups: { id: 'plan-groups', label: t('newPlan.groups') },
  };
  return (
    <div className="sp-plan-admin">
      <BackLink to={`/werk/dossiers/${dossierId}`}>{t('back.dossier')}</BackLink>
      <PageHeading>{heading}</PageHeading>
      {!templates.data || !groups.data ? (
        <QueryState loading={templates.isPending || groups.isPending} error={templates.error ?? groups.error} />
      ) : (
        <>
          <ErrorSummary id="plan-errors" title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} untargeted />
          <form className="sp-form sp-plan-admin-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={create.isPending}>
            <Fieldset id="plan-template" className="sp-plan-admin-fieldset" invalid={Boolean(errors.fields['templateId'])} aria-describedby="plan-template-hint">
              <FieldsetLegend>{t('newPlan.template')}</FieldsetLegend>
              <Paragraph id="plan-template-hint" className="sp-plan-admin-hint">
                {t('newPlan.templateHint')}
              </Paragraph>
              {errors.fields['templateId'] && <Paragraph className="sp-plan-admin-error">{errors.fields['templateId']}</Paragraph>}
              {templates.data.length === 0 && <Paragraph>{t('newPlan.noTemplates')}</Paragraph>}
              {templates.data.map((tpl) => (
                <div key={tpl.id} className="sp-plan-admin-choice">
                  <Radio
                    id={`plan-template-${tpl.id}`}
                    name="plan-template"
                    checked={templateId === tpl.id}
                    onChange={() => chooseTemplate(tpl.id)}
                    label={tpl.latest ? `${tpl.name} (${t('newPlan.version', { number: tpl.latest.number })})` : tpl.name}
                    describedBy={tpl.description ? `plan-template-${tpl.id}-text` : undefined}
                  />
                  {tpl.description && (
                    <Paragraph id={`plan-template-${tpl.id}-text`} className="sp-plan-admin-hint sp-plan-admin-choice__text">
                      {tpl.description}
                    </Paragraph>
                  )}
                </div>
              ))}
            </Fieldset>
            <TextField id="plan-title" label={t('newPlan.planTitle')} value={title} onValue={setTitle} error={errors.fields['title']} autoComplete="off" />
            <Fieldset id="plan-groups" tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(errors.fields['groups'])} aria-describedby={[errors.fields['groups'] ? 'plan-groups-error' : '', 'plan-groups-hint'].join(' ').trim()}>
              <FieldsetLegend>{t('newPlan.groups')}</FieldsetLegend>
              <Paragraph id="plan-groups-hint" className="sp-plan-admin-hint">
                {t('newPlan.groupsHint')}
              </Paragraph>
              {errors.fields['groups'] && (
                <Paragraph id="plan-groups-error" className="sp-plan-admin-error">
                  {errors.fields['groups']}
                </Paragraph>
              )}
              <div className="sp-plan-admin-table-wrap">
                <Table className="sp-plan-admin-table">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('rights.group')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('rights.level')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {groups.data.map((group) => (
                      <TableRow key={group.id}>
                        <TableHeaderCell scope="row">{group.member ? t('newPlan.mine', { group: group.name }) : group.name}</TableHeaderCell>
                        <TableCell>
                          <LevelSelect
                            id={`plan-group-${group.id}`}
                            label={t('newPlan.groupLevel', { group: group.name })}
                            levels={groupLevels}
                            value={levels[group.id] ?? 'none'}
                            onChange={(level) => setLevels({ ...levels, [group.id]: level })}
                          />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </Fieldset>
            <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
              {t('newPlan.create')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}

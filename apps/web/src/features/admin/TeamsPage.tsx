import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { useCreateGroup, useCreateTeam, useOrganisations, useTeams, useUserGroups } from './api';
import { BackLink, Done, QueryState, useAdminErrors } from './parts';
import './admin.css';

/** Teams: the list, and a form to make one. */
export function TeamsPage() {
  const { t } = useTranslation('admin');
  const teams = useTeams();
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer">{t('back.home')}</BackLink>
      <PageHeading>{t('teams.title')}</PageHeading>
      <Done message={done} />
      <QueryState loading={teams.isPending} error={teams.error} />
      {teams.data && (
        <ul className="sp-admin-cards sp-admin-cards--compact" aria-label={t('teams.title')}>
          {teams.data.items.map((team) => (
            <li key={team.id} className="sp-admin-card">
              <Heading level={2} className="sp-admin-card__title">
                <RouterLink to={`/werk/beheer/teams/${team.id}`}>{team.name}</RouterLink>
              </Heading>
              <Paragraph>{t('teams.summary', { organisation: team.organisation.name, count: team.memberCount })}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {teams.data?.policies.includes('create') && <NewTeamForm onDone={(name) => setDone(t('teams.created', { name }))} />}
    </div>
  );
}

function NewTeamForm({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useTranslation('admin');
  const organisations = useOrganisations();
  const create = useCreateTeam();
  const errors = useAdminErrors();
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [teamType, setTeamType] = useState('adults');
  const targets = {
    name: { id: 'team-name', label: t('teams.name') },
    organisationId: { id: 'team-organisation', label: t('teams.organisation') },
    teamType: { id: 'team-type', label: t('teams.type') },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local['name'] = t('teams.required.name');
    if (!organisationId) local['organisationId'] = t('invite.required.organisation');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    try {
      const team = await create.mutateAsync({ name: name.trim(), organisationId, teamType });
      errors.clear();
      setName('');
      onDone(team.name);
    } catch (error) {
      errors.show(error);
    }
  };
  return (
    <section aria-labelledby="new-team-title" className="sp-admin-block">
      <Heading level={2} id="new-team-title">
        {t('teams.new')}
      </Heading>
      <ErrorSummary id="new-team-errors" level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form sp-admin-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={create.isPending}>
        <TextField id={targets.name.id} label={targets.name.label} autoComplete="off" value={name} onValue={setName} error={errors.fields['name']} />
        <SelectField
          id={targets.organisationId.id}
          label={targets.organisationId.label}
          value={organisationId}
          onValue={setOrganisationId}
          empty={t('invite.choose')}
          busy={organisations.isPending}
          options={(organisations.data?.items ?? []).map((org) => ({ value: org.id, label: org.name }))}
          error={errors.fields['organisationId']}
        />
        <SelectField
          id={targets.teamType.id}
          label={targets.teamType.label}
          value={teamType}
          onValue={setTeamType}
          options={(['adults', 'youth', 'other'] as const).map((type) => ({ value: type, label: t(`teams.types.${type}`) }))}
          error={errors.fields['teamType']}
        />
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {t('teams.create')}
        </Button>
      </form>
    </section>
  );
}

/** Gebruikersgroepen: the list, and a form to make one. */
export function GroupsPage() {
  const { t } = useTranslation('admin');
  const groups = useUserGroups();
  const create = useCreateGroup();
  const errors = useAdminErrors();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const targets = { name: { id: 'group-name', label: t('groups.name') }, description: { id: 'group-description', label: t('groups.description') } };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return errors.setLocal({ name: t('groups.required.name') });
    try {
      const group = await create.mutateAsync({ name: name.trim(), ...(description.trim() && { description: description.trim() }) });
      errors.clear();
      setName('');
      setDescription('');
      setDone(t('groups.created', { name: group.name }));
    } catch (error) {
      errors.show(error);
    }
  };
  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer">{t('back.home')}</BackLink>
      <PageHeading>{t('groups.title')}</PageHeading>
      <Paragraph>{t('groups.intro')}</Paragraph>
      <Done message={done} />
      <QueryState loading={groups.isPending} error={groups.error} />
      {groups.data && (
        <ul className="sp-admin-cards sp-admin-cards--compact" aria-label={t('groups.title')}>
          {groups.data.items.map((group) => (
            <li key={group.id} className="sp-admin-card">
              <Heading level={2} className="sp-admin-card__title">
                <RouterLink to={`/werk/beheer/gebruikersgroepen/${group.id}`}>{group.name}</RouterLink>
              </Heading>
              {group.description && <Paragraph>{group.description}</Paragraph>}
              <Paragraph>{t('groups.members', { count: group.memberCount })}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {groups.data?.policies.includes('create') && (
        <section aria-labelledby="new-group-title" className="sp-admin-block">
          <Heading level={2} id="new-group-title">
            {t('groups.new')}
          </Heading>
          <ErrorSummary id="new-group-errors" level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
          <form className="sp-form sp-admin-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={create.isPending}>
            <TextField id={targets.name.id} label={targets.name.label} autoComplete="off" value={name} onValue={setName} error={errors.fields['name']} />
            <TextareaField
              id={targets.description.id}
              label={targets.description.label}
              optional={t('optional')}
              rows={2}
              value={description}
              onValue={setDescription}
              error={errors.fields['description']}
            />
            <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
              {t('groups.create')}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}

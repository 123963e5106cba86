import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { fullName, pickerSize, useStaffPicker, useChangeGroup, useRenameTeam, useSetGroupMember, useSetTeamMember, useTeam, useUserGroup, type Member } from './api';
import { BackLink, Done, QueryState, useAdminErrors } from './parts';
import './admin.css';

/** One team: its name (renamed with the version read), its members and who is aanjager. */
export function TeamPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation('admin');
  const team = useTeam(teamId);
  const rename = useRenameTeam(teamId);
  const setMember = useSetTeamMember(teamId);
  const [done, setDone] = useState<string | null>(null);
  const data = team.data;
  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer/teams">{t('back.teams')}</BackLink>
      <PageHeading>{data?.name ?? t('teams.detailTitle')}</PageHeading>
      <Done message={done} />
      <QueryState loading={team.isPending} error={team.error} />
      {data && (
        <>
          <Paragraph>{t('teams.summary', { organisation: data.organisation.name, count: data.memberCount })}</Paragraph>
          {data.policies.includes('manage') && (
            <NameForm
              idPrefix="team"
              name={data.name}
              version={data.version}
              busy={rename.isPending}
              onSave={async (input) => {
                await rename.mutateAsync({ name: input.name, version: input.version });
                setDone(t('saved'));
              }}
            />
          )}
          <Members
            members={data.members ?? []}
            canManage={data.policies.includes('manageMembers')}
            withSuperuser
            busy={setMember.isPending}
            onAdd={async (personId) => {
              await setMember.mutateAsync({ personId });
              setDone(t('members.added'));
            }}
            onRemove={async (member) => {
              await setMember.mutateAsync({ personId: member.personId, remove: true });
              setDone(t('members.removed', { name: fullName(member.person) }));
            }}
            onSuperuser={async (member, on) => {
              await setMember.mutateAsync({ personId: member.personId, isSuperuser: on });
              setDone(on ? t('members.superuserOn', { name: fullName(member.person) }) : t('members.superuserOff', { name: fullName(member.person) }));
            }}
          />
        </>
      )}
    </div>
  );
}

/** One user group: name and description, and its members. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation('admin');
  const group = useUserGroup(groupId);
  const change = useChangeGroup(groupId);
  const setMember = useSetGroupMember(groupId);
  const [done, setDone] = useState<string | null>(null);
  const data = group.data;
  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer/gebruikersgroepen">{t('back.groups')}</BackLink>
      <PageHeading>{data?.name ?? t('groups.detailTitle')}</PageHeading>
      <Done message={done} />
      <QueryState loading={group.isPending} error={group.error} />
      {data && (
        <>
          {data.policies.includes('manage') && (
            <NameForm
              idPrefix="group"
              name={data.name}
              description={data.description ?? ''}
              version={data.version}
              busy={change.isPending}
              onSave={async (input) => {
                await change.mutateAsync(input);
                setDone(t('saved'));
              }}
            />
          )}
          <Members
            members={data.members ?? []}
            canManage={data.policies.includes('manage')}
            busy={setMember.isPending}
            onAdd={async (personId) => {
              await setMember.mutateAsync({ personId });
              setDone(t('members.added'));
            }}
            onRemove={async (member) => {
              await setMember.mutateAsync({ personId: member.personId, remove: true });
              setDone(t('members.removed', { name: fullName(member.person) }));
            }}
          />
        </>
      )}
    </div>
  );
}

/** What the member and name actions return: done when the server has answered. */
type Pending = Promise<void>;

type NameInput = { name: string; description?: string; version: number };

function NameForm({ idPrefix, name, description, version, busy, onSave }: {
  idPrefix: string;
  name: string;
  description?: string;
  version: number;
  busy: boolean;
  onSave: (input: NameInput) => Pending;
}) {
  const { t } = useTranslation('admin');
  const errors = useAdminErrors();
  const [value, setValue] = useState(name);
  const [text, setText] = useState(description ?? '');
  // What the server holds now (after a save here, or someone else's after a conflict) fills the form again.
  useEffect(() => {
    setValue(name);
    setText(description ?? '');
  }, [name, description, version]);
  const targets = {
    name: { id: `${idPrefix}-rename`, label: t('rename.name') },
    description: { id: `${idPrefix}-rename-description`, label: t('groups.description') },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) return errors.setLocal({ name: t('groups.required.name') });
    try {
      await onSave({ name: value.trim(), ...(description !== undefined && { description: text.trim() }), version });
      errors.clear();
    } catch (error) {
      errors.show(error);
    }
  };
  return (
    <section aria-labelledby={`${idPrefix}-rename-title`} className="sp-admin-block">
      <Heading level={2} id={`${idPrefix}-rename-title`}>
        {t('rename.title')}
      </Heading>
      <ErrorSummary id={`${idPrefix}-rename-errors`} level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form sp-admin-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField id={targets.name.id} label={targets.name.label} autoComplete="off" value={value} onValue={setValue} error={errors.fields['name']} />
        {description !== undefined && (
          <TextareaField id={targets.description.id} label={targets.description.label} optional={t('optional')} rows={2} value={text} onValue={setText} error={errors.fields['description']} />
        )}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('rename.save')}
        </Button>
      </form>
    </section>
  );
}

function Members({ members, canManage, withSuperuser = false, busy, onAdd, onRemove, onSuperuser }: {
  members: Member[];
  canManage: boolean;
  withSuperuser?: boolean;
  busy: boolean;
  onAdd: (personId: string) => Pending;
  onRemove: (member: Member) => Pending;
  onSuperuser?: (member: Member, on: boolean) => Pending;
}) {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  // The server searches: a short pause after typing, so not every key press asks it.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const staff = useStaffPicker(query);
  const errors = useAdminErrors();
  const [chosen, setChosen] = useState('');
  const candidates = (staff.data?.items ?? []).filter((person) => person.status !== 'deactivated' && !members.some((m) => m.personId === person.personId));
  const more = (staff.data?.total ?? 0) > pickerSize;
  // A choice that a new search took out of the list is no choice.
  const picked = candidates.some((person) => person.personId === chosen) ? chosen : '';
  const run = async (action: () => Pending) => {
    try {
      await action();
      errors.clear();
    } catch (error) {
      errors.show(error);
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) return errors.setLocal({ personId: t('members.required') });
    void run(async () => {
      await onAdd(picked);
      setChosen('');
    });
  };
  return (
    <section aria-labelledby="members-title" className="sp-admin-block">
      <Heading level={2} id="members-title">
        {t('members.title', { count: members.length })}
      </Heading>
      <ErrorSummary
        id="members-errors"
        level={3}
        title={t('errors.title')}
        summaryRef={errors.summaryRef}
        general={errors.general}
        fields={errors.fields}
        targets={{ personId: { id: 'member-add', label: t('members.add') } }}
      />
      {members.length === 0 && <Paragraph>{t('members.none')}</Paragraph>}
      <ul className="sp-admin-members">
        {members.map((member) => {
          const name = fullName(member.person);
          return (
            <li key={member.personId} className="sp-admin-member">
              <span className="sp-admin-member__name">
                {member.accountId ? <RouterLink to={`/werk/beheer/medewerkers/${member.accountId}`}>{name}</RouterLink> : name}
                {member.status === 'deactivated' && <span className="sp-admin-badge sp-admin-badge--deactivated">{t('status.deactivated')}</span>}
              </span>
              {canManage && withSuperuser && onSuperuser && (
                <CheckboxField
                  id={`superuser-${member.personId}`}
                  label={t('members.superuser', { name })}
                  checked={member.isSuperuser}
                  disabled={busy}
                  onValue={(on) => void run(() => onSuperuser(member, on))}
                />
              )}
              {!canManage && member.isSuperuser && <span className="sp-admin-badge">{t('members.isSuperuser')}</span>}
              {canManage && (
                <Button appearance="subtle-button" disabled={busy} onClick={() => void run(() => onRemove(member))}>
                  {t('members.remove', { name })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {canManage && (
        <form className="sp-form sp-admin-form" noValidate onSubmit={add} aria-busy={busy}>
          <TextField
            id="member-search"
            label={t('members.search')}
            description={t('members.searchHint', { count: pickerSize })}
            type="search"
            autoComplete="off"
            maxLength={100}
            value={search}
            onValue={setSearch}
          />
          <div role="status" className="sp-admin-picker-status">
            {!staff.isPending && candidates.length === 0 && <Paragraph>{t('members.noMatch')}</Paragraph>}
            {!staff.isPending && candidates.length > 0 && more && <Paragraph>{t('members.more', { count: pickerSize })}</Paragraph>}
          </div>
          <SelectField
            id="member-add"
            label={t('members.add')}
            value={picked}
            onValue={setChosen}
            empty={t('invite.choose')}
            busy={staff.isFetching}
            options={candidates.map((person) => ({ value: person.personId, label: `${fullName(person.person)} (${person.email})` }))}
            error={errors.fields['personId']}
          />
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>
            {t('members.addButton')}
          </Button>
        </form>
      )}
    </section>
  );
}

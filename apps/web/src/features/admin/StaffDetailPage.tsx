import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { fullName, useChangeRights, useSetActive, useStaffMember, useTeams, useUserGroups, type Rights, type StaffMember, type StaffRole } from './api';
import { BackLink, Done, formatMoment, QueryState, RightsFields, rightsTargets, useAdminErrors } from './parts';
import './admin.css';

const rightsOf = (member: StaffMember): Rights => ({
  roles: member.roles as StaffRole[],
  teams: member.teams.map((team) => ({ id: team.id, superuser: team.isSuperuser })),
  userGroupIds: member.userGroups.map((group) => group.id),
});

/** One professional: who they are, their rights (changeable) and whether the account is on. */
export function StaffDetailPage() {
  const { accountId = '' } = useParams();
  const { t } = useTranslation('admin');
  const member = useStaffMember(accountId);
  const invited = Boolean((useLocation().state as { invited?: boolean } | null)?.invited);
  if (!member.data) {
    return (
      <div className="sp-admin">
        <BackLink to="/werk/beheer/medewerkers">{t('back.staff')}</BackLink>
        <PageHeading>{t('staff.detailTitle')}</PageHeading>
        <QueryState loading={member.isPending} error={member.error} />
      </div>
    );
  }
  return <StaffDetail member={member.data} invited={invited} />;
}

function StaffDetail({ member, invited }: { member: StaffMember; invited: boolean }) {
  const { t, i18n } = useTranslation('admin');
  const teams = useTeams();
  const groups = useUserGroups();
  const change = useChangeRights(member.id);
  const setActive = useSetActive(member.id);
  const errors = useAdminErrors();
  const statusErrors = useAdminErrors();
  const [rights, setRights] = useState<Rights>(() => rightsOf(member));
  const [done, setDone] = useState<string | null>(invited ? t('invite.done', { email: member.email }) : null);
  const [version, setVersion] = useState(member.version);
  // A newer version from the server (after a save here or a conflict) becomes what the form shows.
  useEffect(() => {
    if (member.version !== version) {
      setRights(rightsOf(member));
      setVersion(member.version);
    }
  }, [member, version]);
  const canChange = member.policies.includes('manageRights');
  const canSwitch = member.policies.includes('deactivate');
  const targets = rightsTargets('rights', t);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (rights.roles.length === 0) return errors.setLocal({ roles: t('invite.required.roles') });
    try {
      await change.mutateAsync({ ...rights, version: member.version });
      errors.clear();
      setDone(t('rights.saved'));
    } catch (error) {
      errors.show(error);
    }
  };

  const toggle = async () => {
    setDone(null);
    const active = member.status === 'deactivated';
    try {
      await setActive.mutateAsync({ active, version: member.version });
      statusErrors.clear();
      setDone(active ? t('status.reactivated') : t('status.deactivatedDone'));
    } catch (error) {
      statusErrors.show(error);
    }
  };

  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer/medewerkers">{t('back.staff')}</BackLink>
      <PageHeading>{fullName(member.person)}</PageHeading>
      <Done message={done} />
      <DataList className="sp-admin-data">
        <DataListItem>
          <DataListKey>{t('staff.email')}</DataListKey>
          <DataListValue className="sp-admin-break">{member.email}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('staff.organisation')}</DataListKey>
          <DataListValue>{member.organisation?.name ?? t('staff.none')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('staff.status')}</DataListKey>
          <DataListValue>{t(`status.${member.status}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('staff.lastSignIn')}</DataListKey>
          <DataListValue>{formatMoment(member.lastSignInAt, i18n.language) ?? t('staff.never')}</DataListValue>
        </DataListItem>
      </DataList>

      {canChange && teams.data && groups.data && (
        <section aria-labelledby="rights-title" className="sp-admin-block">
          <Heading level={2} id="rights-title">
            {t('rights.title')}
          </Heading>
          <Paragraph>{t('rights.intro')}</Paragraph>
          <ErrorSummary id="rights-errors" level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
          <form className="sp-form sp-admin-form" noValidate onSubmit={(event) => void save(event)} aria-busy={change.isPending}>
            <RightsFields idPrefix="rights" value={rights} onChange={setRights} teams={teams.data.items} groups={groups.data.items} errors={errors.fields} />
            <Button type="submit" appearance="primary-action-button" disabled={change.isPending}>
              {t('rights.save')}
            </Button>
          </form>
        </section>
      )}

      {canSwitch && (
        <section aria-labelledby="status-title" className="sp-admin-block">
          <Heading level={2} id="status-title">
            {t('status.title')}
          </Heading>
          <Paragraph>{member.status === 'deactivated' ? t('status.reactivateText') : t('status.deactivateText')}</Paragraph>
          <ErrorSummary id="status-errors" level={3} title={t('errors.title')} summaryRef={statusErrors.summaryRef} general={statusErrors.general} fields={statusErrors.fields} targets={{}} />
          <Button appearance="secondary-action-button" onClick={() => void toggle()} disabled={setActive.isPending}>
            {member.status === 'deactivated' ? t('status.reactivate') : t('status.deactivate')}
          </Button>
        </section>
      )}
    </div>
  );
}

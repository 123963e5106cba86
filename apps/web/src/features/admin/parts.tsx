import { Alert, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/fields';
import { readProblem, useFormErrors } from '../../components/form/useFormErrors';
import { RouterLink } from '../../components/RouterLink';
import { ProblemError } from '../identity/http';
import { staffRoles, type Rights, type StaffRole, type Team, type UserGroup } from './api';

/** A form's problems in beheer's words: the server's field messages, its conflict and refusal texts as sent. */
export function useAdminErrors() {
  const { t } = useTranslation('admin');
  const read = useCallback((error: unknown) => readProblem(error, { network: t('errors.network') }), [t]);
  return useFormErrors(read);
}

/** Whether a failed request was a stale version (someone else saved first): the page then shows the new state. */
export const isConflict = (error: unknown) => error instanceof ProblemError && error.status === 409;

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Paragraph className="sp-admin-back">
      <RouterLink to={to}>{children}</RouterLink>
    </Paragraph>
  );
}

/** A polite live region: what just happened ("Opgeslagen"), read out without moving focus. */
export function Done({ message }: { message: string | null }) {
  return (
    <div role="status" className="sp-admin-status">
      {message && (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** Loading, refused or failed: one line instead of the page's content. */
export function QueryState({ error, loading }: { error: unknown; loading: boolean }): ReactNode {
  const { t } = useTranslation('admin');
  if (loading) return <Paragraph>{t('loading')}</Paragraph>;
  if (error instanceof ProblemError && (error.status === 404 || error.status === 403)) return <Paragraph>{t('errors.notAllowed')}</Paragraph>;
  if (error) return <Paragraph>{t('errors.network')}</Paragraph>;
  return null;
}

/** Roles, teams (each with "aanjager") and user groups as checkboxes in three fieldsets; shared by invite and change. */
export function RightsFields({ idPrefix, value, onChange, teams, groups, errors }: {
  idPrefix: string;
  value: Rights;
  onChange: (next: Rights) => void;
  teams: Team[];
  groups: UserGroup[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('admin');
  const toggleRole = (role: StaffRole, on: boolean) =>
    onChange({ ...value, roles: on ? [...value.roles, role] : value.roles.filter((r) => r !== role) });
  const teamOf = (id: string) => value.teams.find((team) => team.id === id);
  const setTeam = (id: string, member: boolean, superuser: boolean) => {
    const others = value.teams.filter((team) => team.id !== id);
    const teamsNext = member ? [...others, { id, superuser }] : others;
    const anySuper = teamsNext.some((team) => team.superuser);
    const roles = anySuper ? [...new Set<StaffRole>([...value.roles, 'teamSuperuser'])] : value.roles.filter((r) => r !== 'teamSuperuser');
    onChange({ ...value, teams: teamsNext, roles });
  };
  const toggleGroup = (id: string, on: boolean) =>
    onChange({ ...value, userGroupIds: on ? [...value.userGroupIds, id] : value.userGroupIds.filter((g) => g !== id) });
  const rolesError = errors['roles'] ?? Object.entries(errors).find(([field]) => field.startsWith('roles.'))?.[1];

  return (
    <>
      <Fieldset id={`${idPrefix}-roles`} tabIndex={-1} className="sp-admin-fieldset" invalid={Boolean(rolesError)} aria-describedby={rolesError ? `${idPrefix}-roles-error` : undefined}>
        <FieldsetLegend>{t('rights.roles')}</FieldsetLegend>
        {rolesError && (
          <Paragraph id={`${idPrefix}-roles-error`} className="sp-admin-error">
            {rolesError}
          </Paragraph>
        )}
        {staffRoles
          .filter((role) => role !== 'teamSuperuser')
          .map((role) => (
            <CheckboxField
              key={role}
              id={`${idPrefix}-role-${role}`}
              label={t(`roles.${role}`)}
              checked={value.roles.includes(role)}
              onValue={(on) => toggleRole(role, on)}
            />
          ))}
      </Fieldset>
      <Fieldset id={`${idPrefix}-teams`} tabIndex={-1} className="sp-admin-fieldset" invalid={Boolean(errors['teams'])} aria-describedby={errors['teams'] ? `${idPrefix}-teams-error` : `${idPrefix}-teams-hint`}>
        <FieldsetLegend>{t('rights.teams')}</FieldsetLegend>
        <Paragraph id={`${idPrefix}-teams-hint`} className="sp-admin-hint">
          {t('rights.teamsHint')}
        </Paragraph>
        {errors['teams'] && (
          <Paragraph id={`${idPrefix}-teams-error`} className="sp-admin-error">
            {errors['teams']}
          </Paragraph>
        )}
        {teams.length === 0 && <Paragraph>{t('rights.noTeams')}</Paragraph>}
        {teams.map((team) => {
          const current = teamOf(team.id);
          return (
            <div key={team.id} className="sp-admin-team-choice">
              <CheckboxField
                id={`${idPrefix}-team-${team.id}`}
                label={team.name}
                checked={Boolean(current)}
                onValue={(on) => setTeam(team.id, on, false)}
              />
              {current && (
                <CheckboxField
                  id={`${idPrefix}-super-${team.id}`}
                  label={t('rights.superuserOf', { team: team.name })}
                  fieldClassName="sp-admin-team-super"
                  checked={current.superuser}
                  onValue={(on) => setTeam(team.id, true, on)}
                />
              )}
            </div>
          );
        })}
      </Fieldset>
      <Fieldset id={`${idPrefix}-groups`} tabIndex={-1} className="sp-admin-fieldset" invalid={Boolean(errors['userGroupIds'])}>
        <FieldsetLegend>{t('rights.groups')}</FieldsetLegend>
        {errors['userGroupIds'] && <Paragraph className="sp-admin-error">{errors['userGroupIds']}</Paragraph>}
        {groups.map((group) => (
          <CheckboxField
            key={group.id}
            id={`${idPrefix}-group-${group.id}`}
            label={group.name}
            checked={value.userGroupIds.includes(group.id)}
            onValue={(on) => toggleGroup(group.id, on)}
          />
        ))}
      </Fieldset>
    </>
  );
}

/** The targets of the rights fieldsets for the error summary. */
export function rightsTargets(idPrefix: string, t: (key: 'rights.roles' | 'rights.teams' | 'rights.groups') => string) {
  return {
    roles: { id: `${idPrefix}-roles`, label: t('rights.roles') },
    teams: { id: `${idPrefix}-teams`, label: t('rights.teams') },
    userGroupIds: { id: `${idPrefix}-groups`, label: t('rights.groups') },
  };
}

export const formatMoment = (iso: string | null, language: string) =>
  iso ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : null;

import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { fullName, pageSize, useStaff, type StaffMember } from './api';
import { BackLink, formatMoment, QueryState } from './parts';
import './admin.css';

/** Medewerkers: search by name or e-mail, paged, with roles, teams, user groups, status and last sign-in. */
export function StaffPage() {
  const { t, i18n } = useTranslation('admin');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const staff = useStaff(q, page);
  const pages = Math.max(1, Math.ceil((staff.data?.total ?? 0) / pageSize));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(typed.trim());
    setPage(1);
  };

  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer">{t('back.home')}</BackLink>
      <PageHeading>{t('staff.title')}</PageHeading>
      {staff.data?.policies.includes('invite') && (
        <Paragraph>
          <RouterLink to="/werk/beheer/medewerkers/nieuw" className="sp-admin-primary-link">
            {t('staff.invite')}
          </RouterLink>
        </Paragraph>
      )}
      <form role="search" className="sp-admin-search" onSubmit={search} aria-label={t('staff.searchLabel')}>
        <TextField id="staff-search" label={t('staff.search')} description={t('staff.searchHint')} type="search" value={typed} onValue={setTyped} />
        <Button type="submit" appearance="secondary-action-button">
          {t('staff.searchButton')}
        </Button>
      </form>
      <QueryState loading={staff.isPending} error={staff.error} />
      {staff.data && (
        <>
          <Heading level={2} id="staff-results" className="sp-admin-count" aria-live="polite">
            {q ? t('staff.foundFor', { count: staff.data.total, q }) : t('staff.found', { count: staff.data.total })}
          </Heading>
          <ul className="sp-admin-cards" aria-labelledby="staff-results">
            {staff.data.items.map((member) => (
              <StaffCard key={member.id} member={member} language={i18n.language} />
            ))}
          </ul>
          {pages > 1 && (
            <nav className="sp-admin-pager" aria-label={t('pager.label')}>
              <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('pager.previous')}
              </Button>
              <span>{t('pager.where', { page, pages })}</span>
              <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('pager.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

function StaffCard({ member, language }: { member: StaffMember; language: string }) {
  const { t } = useTranslation('admin');
  const none = t('staff.none');
  return (
    <li className="sp-admin-card">
      <Heading level={3} className="sp-admin-card__title">
        <RouterLink to={`/werk/beheer/medewerkers/${member.id}`}>{fullName(member.person)}</RouterLink>
      </Heading>
      <span className={`sp-admin-badge sp-admin-badge--${member.status}`}>{t(`status.${member.status}`)}</span>
      <dl className="sp-admin-facts">
        <div>
          <dt>{t('staff.email')}</dt>
          <dd className="sp-admin-break">{member.email}</dd>
        </div>
        <div>
          <dt>{t('staff.organisation')}</dt>
          <dd>{member.organisation?.name ?? none}</dd>
        </div>
        <div>
          <dt>{t('staff.roles')}</dt>
          <dd>{member.roles.map((role) => t(`roles.${role}` as 'roles.coach', { defaultValue: role })).join(', ') || none}</dd>
        </div>
        <div>
          <dt>{t('staff.teams')}</dt>
          <dd>{member.teams.map((team) => (team.isSuperuser ? t('staff.teamSuperuser', { team: team.name }) : team.name)).join(', ') || none}</dd>
        </div>
        <div>
          <dt>{t('staff.groups')}</dt>
          <dd>{member.userGroups.map((group) => group.name).join(', ') || none}</dd>
        </div>
        <div>
          <dt>{t('staff.lastSignIn')}</dt>
          <dd>{formatMoment(member.lastSignInAt, language) ?? t('staff.never')}</dd>
        </div>
      </dl>
    </li>
  );
}

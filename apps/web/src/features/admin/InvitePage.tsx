import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { useInvite, useOrganisations, useTeams, useUserGroups, type Rights } from './api';
import { BackLink, QueryState, RightsFields, rightsTargets, useAdminErrors } from './parts';
import './admin.css';

/** Invite a professional: name, e-mail, organisation and rights; they get a link by e-mail to choose a password. */
export function InvitePage() {
  const { t, i18n } = useTranslation('admin');
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const teams = useTeams();
  const groups = useUserGroups();
  const invite = useInvite();
  const errors = useAdminErrors();
  const [person, setPerson] = useState({ firstName: '', infix: '', surname: '', email: '', organisationId: '' });
  const [language, setLanguage] = useState<'nl' | 'en'>(i18n.language === 'en' ? 'en' : 'nl');
  const [rights, setRights] = useState<Rights>({ roles: ['coach'], teams: [], userGroupIds: [] });
  const set = (field: keyof typeof person) => (value: string) => setPerson({ ...person, [field]: value });
  const targets = {
    firstName: { id: 'invite-first-name', label: t('invite.firstName') },
    infix: { id: 'invite-infix', label: t('invite.infix') },
    surname: { id: 'invite-surname', label: t('invite.surname') },
    email: { id: 'invite-email', label: t('invite.email') },
    organisationId: { id: 'invite-organisation', label: t('invite.organisation') },
    ...rightsTargets('invite', t),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!person.firstName.trim()) local['firstName'] = t('invite.required.firstName');
    if (!person.surname.trim()) local['surname'] = t('invite.required.surname');
    if (!person.email.trim()) local['email'] = t('invite.required.email');
    if (!person.organisationId) local['organisationId'] = t('invite.required.organisation');
    if (rights.roles.length === 0) local['roles'] = t('invite.required.roles');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    try {
      const created = await invite.mutateAsync({ ...person, infix: person.infix.trim() || undefined, language, ...rights } as Parameters<typeof invite.mutateAsync>[0]);
      navigate(`/werk/beheer/medewerkers/${created.id}`, { state: { invited: true } });
    } catch (error) {
      errors.show(error);
    }
  };

  const loading = organisations.isPending || teams.isPending || groups.isPending;
  const failed = organisations.error ?? teams.error ?? groups.error;
  return (
    <div className="sp-admin">
      <BackLink to="/werk/beheer/medewerkers">{t('back.staff')}</BackLink>
      <PageHeading>{t('invite.title')}</PageHeading>
      <Paragraph>{t('invite.intro')}</Paragraph>
      <QueryState loading={loading} error={failed} />
      {organisations.data && teams.data && groups.data && (
        <>
          <ErrorSummary id="invite-errors" title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
          <form className="sp-form sp-admin-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={invite.isPending}>
            <TextField id={targets.firstName.id} label={targets.firstName.label} autoComplete="off" value={person.firstName} onValue={set('firstName')} error={errors.fields['firstName']} />
            <TextField id={targets.infix.id} label={targets.infix.label} optional={t('optional')} autoComplete="off" value={person.infix} onValue={set('infix')} error={errors.fields['infix']} />
            <TextField id={targets.surname.id} label={targets.surname.label} autoComplete="off" value={person.surname} onValue={set('surname')} error={errors.fields['surname']} />
            <TextField id={targets.email.id} label={targets.email.label} type="email" autoComplete="off" value={person.email} onValue={set('email')} error={errors.fields['email']} />
            <SelectField
              id={targets.organisationId.id}
              label={targets.organisationId.label}
              value={person.organisationId}
              onValue={set('organisationId')}
              empty={t('invite.choose')}
              options={organisations.data.items.map((org) => ({ value: org.id, label: org.name }))}
              error={errors.fields['organisationId']}
            />
            <SelectField
              id="invite-language"
              label={t('invite.language')}
              description={t('invite.languageHint')}
              value={language}
              onValue={(value) => setLanguage(value === 'en' ? 'en' : 'nl')}
              options={[
                { value: 'nl', label: t('languages.nl') },
                { value: 'en', label: t('languages.en') },
              ]}
            />
            <RightsFields idPrefix="invite" value={rights} onChange={setRights} teams={teams.data.items} groups={groups.data.items} errors={errors.fields} />
            <Button type="submit" appearance="primary-action-button" disabled={invite.isPending}>
              {t('invite.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}

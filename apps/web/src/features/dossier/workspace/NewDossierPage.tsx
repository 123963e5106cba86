import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { RouterLink } from '../../../components/RouterLink';
import { useMyTeams, useOpenDossier } from '../api';
import { dateForServer, requiredDate, todayInput } from './dates';
import { ErrorSummary } from './ErrorSummary';
import { DateField, SelectField, TextField } from './fields';
import { optional, required } from './names';
import { useProblem } from './useProblem';
import './styles';

const residentFields = ['firstName', 'infix', 'surname', 'dateOfBirth', 'bsn', 'email', 'phone'] as const;

/** Open a dossier in one of my teams for a new resident; a known BSN links it to the same person. */
export function NewDossierPage() {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.newDossier' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const navigate = useNavigate();
  const teams = (useMyTeams().data?.items ?? []).filter((team) => team.canOpenDossier);
  const open = useOpenDossier();
  const problem = useProblem(['registeredOn', 'newResident.dateOfBirth'], {
    'newResident.bsn.invalidFormat': t('bsnFormat'),
    'newResident.bsn.invalid': t('bsnInvalid'),
  });
  const [teamId, setTeamId] = useState('');
  const [registeredOn, setRegisteredOn] = useState(todayInput());
  const [person, setPerson] = useState<Record<(typeof residentFields)[number], string>>({
    firstName: '',
    infix: '',
    surname: '',
    dateOfBirth: '',
    bsn: '',
    email: '',
    phone: '',
  });
  // With one team there is nothing to choose.
  const chosenTeam = teamId || (teams.length === 1 ? teams[0]!.id : '');
  const set = (field: (typeof residentFields)[number]) => (value: string) => setPerson((before) => ({ ...before, [field]: value }));
  const id = (field: string) => `new-dossier-${field.replace('newResident.', '')}`;
  const targets = Object.fromEntries([
    ['teamId', { id: id('teamId'), label: t('team') }],
    ['registeredOn', { id: id('registeredOn'), label: t('registeredOn') }],
    ...residentFields.map((field) => [`newResident.${field}`, { id: id(field), label: t(field) }]),
  ]);
  const error = (field: string) => problem.fields[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await open.mutateAsync({
        teamId: required(chosenTeam),
        registeredOn: requiredDate(registeredOn),
        newResident: {
          firstName: required(person.firstName),
          infix: optional(person.infix),
          surname: required(person.surname),
          dateOfBirth: dateForServer(person.dateOfBirth),
          bsn: optional(person.bsn.replace(/\s/g, '')) ?? undefined,
          email: optional(person.email),
          phone: optional(person.phone),
        },
      });
      navigate(`/werk/dossiers/${created.id}`);
    } catch (failure) {
      problem.show(failure);
    }
  };

  return (
    <>
      <RouterLink to="/werk" className="sp-work-back">
        {t('back')}
      </RouterLink>
      <PageHeading>{t('title')}</PageHeading>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      <ErrorSummary problem={problem} id="new-dossier-errors" targets={targets} level={2} />
      <form className="sp-work-form sp-work-form--page" noValidate onSubmit={(event) => void submit(event)} aria-busy={open.isPending}>
        <Fieldset className="sp-work-fieldset">
          <FieldsetLegend>{t('dossierLegend')}</FieldsetLegend>
          <SelectField
            id={id('teamId')}
            label={t('team')}
            value={chosenTeam}
            empty={teams.length === 1 ? undefined : tf('choose')}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
            error={error('teamId')}
            onValue={setTeamId}
          />
          <DateField id={id('registeredOn')} label={t('registeredOn')} value={registeredOn} error={error('registeredOn')} onValue={setRegisteredOn} />
        </Fieldset>
        <Fieldset className="sp-work-fieldset">
          <FieldsetLegend>{t('residentLegend')}</FieldsetLegend>
          <div className="sp-work-form__grid">
            <TextField id={id('firstName')} label={t('firstName')} value={person.firstName} autoComplete="off" maxLength={100} error={error('newResident.firstName')} onValue={set('firstName')} />
            <TextField id={id('infix')} label={t('infix')} optional value={person.infix} autoComplete="off" maxLength={30} error={error('newResident.infix')} onValue={set('infix')} />
            <TextField id={id('surname')} label={t('surname')} value={person.surname} autoComplete="off" maxLength={100} error={error('newResident.surname')} onValue={set('surname')} />
          </div>
          <div className="sp-work-form__grid">
            <DateField id={id('dateOfBirth')} label={t('dateOfBirth')} optional value={person.dateOfBirth} error={error('newResident.dateOfBirth')} onValue={set('dateOfBirth')} />
            <TextField
              id={id('bsn')}
              label={t('bsn')}
              description={t('bsnHint')}
              optional
              inputMode="numeric"
              autoComplete="off"
              value={person.bsn}
              maxLength={11}
              error={error('newResident.bsn')}
              onValue={set('bsn')}
            />
          </div>
          <div className="sp-work-form__grid">
            <TextField id={id('email')} label={t('email')} optional type="email" autoComplete="off" value={person.email} error={error('newResident.email')} onValue={set('email')} />
            <TextField id={id('phone')} label={t('phone')} optional type="tel" autoComplete="off" value={person.phone} error={error('newResident.phone')} onValue={set('phone')} />
          </div>
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={open.isPending} disabled={open.isPending}>
            {t('submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

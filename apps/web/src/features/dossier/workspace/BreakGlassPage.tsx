import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { RouterLink } from '../../../components/RouterLink';
import { useDossierWrites } from '../api';
import { ErrorSummary } from './ErrorSummary';
import { TextareaField } from './fields';
import { required } from './names';
import { useProblem } from './useProblem';
import './styles';

type Known = { name?: string; fileNumber?: string; team?: string } | null;

/**
 * *Doorbraak*: a dossier outside one's team opens only with a reason. The resident sees who opened it, when and
 * why, so the page says so before asking.
 */
export function BreakGlassPage() {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.breakGlass' });
  const { dossierId = '' } = useParams();
  const known = (useLocation().state as Known) ?? null;
  const navigate = useNavigate();
  const { breakGlass } = useDossierWrites(dossierId);
  const problem = useProblem([], { 'reason.tooShort': t('reasonTooShort'), 'reason.required': t('reasonTooShort') });
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await breakGlass.mutateAsync({ reason: required(reason) });
      navigate(`/werk/dossiers/${dossierId}`, { replace: true });
    } catch (error) {
      problem.show(error);
    }
  };

  return (
    <>
      <RouterLink to="/werk?scope=tenant">{t('back')}</RouterLink>
      <PageHeading>{t('title')}</PageHeading>
      {known?.name ? (
        <Paragraph appearance="lead">{t('whose', { name: known.name, fileNumber: known.fileNumber, team: known.team })}</Paragraph>
      ) : (
        <Paragraph appearance="lead">{t('whoseUnknown')}</Paragraph>
      )}
      <Alert type="warning" role="none" className="sp-work-alert">
        <Paragraph>{t('residentSees')}</Paragraph>
        <Paragraph>{t('duration')}</Paragraph>
      </Alert>
      <ErrorSummary problem={problem} id="break-glass-errors" level={2} targets={{ reason: { id: 'break-glass-reason', label: t('reason') } }} />
      <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={breakGlass.isPending}>
        <TextareaField
          id="break-glass-reason"
          label={t('reason')}
          description={t('reasonHint')}
          value={reason}
          maxLength={500}
          error={problem.fields['reason']}
          onValue={setReason}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={breakGlass.isPending} disabled={breakGlass.isPending}>
            {t('submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

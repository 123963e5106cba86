import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemError } from '../identity/http';
import { useCancelVisit, useVisitMonth, type Visit } from './api';
import { CsvImport } from './CsvImport';
import { BlockLegend, MonthDays, MonthNav, useMonthParam } from './MonthView';
import { clock, dayLabel, localDateTime } from './time';
import { VisitForm } from './VisitForm';
import './care.css';
import { CareWorkHeader } from './CareWorkHeader';

function VisitActions({ visit, onEdit, dossierId, onCancelled }: { visit: Visit; onEdit: (visit: Visit) => void; dossierId: string; onCancelled: (message: string) => void }) {
  const { t, i18n } = useTranslation('care');
  const cancel = useCancelVisit(dossierId);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const time = visit.startsAt ? `${dayLabel(localDateTime(new Date(visit.startsAt)).date, i18n.language)} ${clock(visit.startsAt)}` : '';
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  if (!visit.policies.includes('update') && !visit.policies.includes('delete')) return null;
  const confirm = async () => {
    try {
      await cancel.mutateAsync(visit);
      onCancelled(t('work.cancelled'));
    } catch (error) {
      setProblem(error instanceof ProblemError && error.status === 409 ? t('work.conflict') : t('work.network'));
    }
  };
  if (confirming) {
    return (
      <div className="sp-care-confirm">
        <Paragraph ref={questionRef} tabIndex={-1}>
          {t('work.confirmCancel', { time })}
        </Paragraph>
        {problem && (
          <Alert type="error">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        )}
        <ButtonGroup>
          <Button appearance="primary-action-button" hint="danger" busy={cancel.isPending} onClick={() => void confirm()}>
            {t('work.confirmYes')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('work.confirmNo')}
          </Button>
        </ButtonGroup>
      </div>
    );
  }
  return (
    <ButtonGroup className="sp-care-visit__actions">
      {visit.policies.includes('update') && (
        <Button appearance="subtle-button" aria-label={t('work.editLabel', { time })} onClick={() => onEdit(visit)}>
          {t('work.edit')}
        </Button>
      )}
      {visit.policies.includes('delete') && (
        <Button appearance="subtle-button" aria-label={t('work.cancelLabel', { time })} onClick={() => setConfirming(true)}>
          {t('work.cancel')}
        </Button>
      )}
    </ButtonGroup>
  );
}

/** The workspace's planning of one dossier: provider staff plan, change, cancel and import visits here. */
export function WorkPlanningPage() {
  const { t } = useTranslation('care');
  const { dossierId = '' } = useParams();
  const { month, setMonth, moveMonth } = useMonthParam();
  const visits = useVisitMonth(dossierId, month);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<Visit | null>(null);
  const monthHeadingRef = useRef<HTMLDivElement>(null);
  const mayPlan = visits.data?.policies.includes('create') ?? false;
  const notFound = visits.error instanceof ProblemError && (visits.error.status === 404 || visits.error.status === 403);

  const afterCancel = (text: string) => {
    setMessage(text);
    monthHeadingRef.current?.querySelector<HTMLElement>('h2')?.focus();
  };

  return (
    <>
      <CareWorkHeader dossierId={dossierId} page="planning" message={message} />
      {visits.isError ? (
        <Alert type="error">
          <Paragraph>{notFound ? t('work.forbidden') : t('planning.error')}</Paragraph>
        </Alert>
      ) : (
        <>
          {visits.data && !mayPlan && <Paragraph className="sp-care-muted">{t('work.readOnly')}</Paragraph>}
          {mayPlan && (
            <div className="sp-care-panels">
              <VisitForm
                dossierId={dossierId}
                editing={editing}
                onStopEditing={() => setEditing(null)}
                onSaved={(text, visitMonth) => {
                  setMessage(text);
                  if (visitMonth !== month) setMonth(visitMonth);
                }}
              />
              <CsvImport dossierId={dossierId} onImported={setMessage} />
            </div>
          )}
          <section className="sp-care-month" aria-labelledby="work-planning-month" ref={monthHeadingRef}>
            <MonthNav month={month} onMove={moveMonth} headingId="work-planning-month" />
            <BlockLegend />
            <MonthDays
              month={month}
              data={visits.data}
              headingId="work-planning-month"
              actions={(visit) => <VisitActions visit={visit} dossierId={dossierId} onEdit={setEditing} onCancelled={afterCancel} />}
            />
          </section>
        </>
      )}
    </>
  );
}

import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Visit, VisitMonth } from './api';
import { blockHours, clock, currentMonth, dayLabel, isMonth, monthLabel, shiftMonth, timeBlocks, today } from './time';

/**
 * The month shown, kept in the address (?maand=2026-11) so a reload or a shared link shows the same month. A move
 * counts from the month last asked for, not from the last render, so two quick key presses move two months.
 */
export function useMonthParam(): { month: string; setMonth: (month: string) => void; moveMonth: (delta: number) => void } {
  const [params, setParams] = useSearchParams();
  const value = params.get('maand');
  const month = isMonth(value) ? value : currentMonth();
  const shown = useRef(month);
  const asked = useRef(month);
  if (shown.current !== month) {
    // The address changed (a move, or the browser's back button): that is now the month to count from.
    shown.current = month;
    asked.current = month;
  }
  const setMonth = (next: string) => {
    asked.current = next;
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous);
        copy.set('maand', next);
        return copy;
      },
      { preventScrollReset: true },
    );
  };
  return { month, setMonth, moveMonth: (delta) => setMonth(shiftMonth(asked.current, delta)) };
}

/** Month heading with previous/next buttons; with focus on a button, the arrow keys move a month as well. */
export function MonthNav({ month, onMove, headingId }: { month: string; onMove: (delta: number) => void; headingId: string }) {
  const { t, i18n } = useTranslation('care');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onMove(event.key === 'ArrowLeft' ? -1 : 1);
    }
  };
  return (
    <div className="sp-care-monthnav" role="group" aria-label={t('planning.navLabel')} onKeyDown={onKeyDown}>
      <Button appearance="secondary-action-button" onClick={() => onMove(-1)} aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">{'‹ '}</span>
        {t('planning.previous')}
      </Button>
      <Heading level={2} id={headingId} className="sp-care-monthnav__title" aria-live="polite" tabIndex={-1}>
        {monthLabel(month, i18n.language)}
      </Heading>
      <Button appearance="secondary-action-button" onClick={() => onMove(1)} aria-keyshortcuts="ArrowRight">
        {t('planning.next')}
        <span aria-hidden="true">{' ›'}</span>
      </Button>
    </div>
  );
}

/** "Maandag 2 november": a heading starts with a capital, the date format does not give one in Dutch. */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function VisitLine({ visit, actions }: { visit: Visit; actions?: (visit: Visit) => ReactNode }) {
  const { t } = useTranslation('care');
  return (
    <li className="sp-care-visit">
      <p className="sp-care-visit__time">
        {visit.startsAt && visit.endsAt ? t('planning.time', { from: clock(visit.startsAt), to: clock(visit.endsAt) }) : t('planning.hidden')}
      </p>
      <p className="sp-care-visit__what">
        {visit.professionalFirstName && <strong>{visit.professionalFirstName}</strong>}
        {visit.professionalFirstName && ' · '}
        {t(`kinds.${visit.kind}`)}
      </p>
      <p className="sp-care-visit__who">{visit.organisation.name}</p>
      {actions?.(visit)}
    </li>
  );
}

type MonthViewProps = {
  month: string;
  data: VisitMonth | undefined;
  headingId: string;
  /** Buttons per visit (the workspace: change, cancel). */
  actions?: (visit: Visit) => ReactNode;
};

/** The visits of one month, day by day, grouped in the seven time blocks of seed 003. */
export function MonthDays({ month, data, headingId, actions }: MonthViewProps) {
  const { t, i18n } = useTranslation('care');
  const days = data?.month === month ? data.days : null;
  const now = today();
  const anyHidden = (days ?? []).some((day) => day.blocks.some((block) => block.visits.some((visit) => visit.detailsHidden)));
  if (!days) return <Paragraph className="sp-care-muted">{t('planning.loading')}</Paragraph>;
  if (days.length === 0) return <Paragraph className="sp-care-empty">{t('planning.empty')}</Paragraph>;
  return (
    <>
      {anyHidden && (
        <Alert type="info">
          <Paragraph>{t('planning.hiddenExplained')}</Paragraph>
        </Alert>
      )}
      <ol className="sp-care-days" aria-labelledby={headingId}>
        {days.map((day) => {
          const count = day.blocks.reduce((sum, block) => sum + block.visits.length, 0);
          return (
            <li key={day.date} className={`sp-care-day${day.date === now ? ' sp-care-day--today' : ''}`} aria-current={day.date === now ? 'date' : undefined}>
              <Heading level={3} className="sp-care-day__title">
                {capitalised(dayLabel(day.date, i18n.language))}
                {day.date === now && <span className="sp-care-badge">{t('planning.today')}</span>}
                <span className="sp-care-day__count">{t('planning.visitCount', { count })}</span>
              </Heading>
              {day.blocks.map((block) => (
                <div key={block.block} className="sp-care-block">
                  <Heading level={4} className="sp-care-block__title">
                    {t(`blocks.${block.block}`)}
                    <span className="sp-care-block__hours">
                      {t('blocks.hours', { from: blockHours[block.block][0], to: blockHours[block.block][1] })}
                    </span>
                  </Heading>
                  <ul className="sp-care-visits">
                    {block.visits.map((visit) => (
                      <VisitLine key={visit.id} visit={visit} actions={actions} />
                    ))}
                  </ul>
                </div>
              ))}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The seven blocks and their hours, for who wonders what "namiddag" means. */
export function BlockLegend() {
  const { t } = useTranslation('care');
  const order = [...timeBlocks.slice(1), timeBlocks[0]];
  return (
    <details className="sp-care-legend">
      <summary>{t('planning.blocksTitle')}</summary>
      <Paragraph>{t('planning.blocksText')}</Paragraph>
      <table className="sp-care-legend__table">
        <thead>
          <tr>
            <th scope="col">{t('planning.blockColumn')}</th>
            <th scope="col">{t('planning.hoursColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((block) => (
            <tr key={block}>
              <th scope="row">{t(`blocks.${block}`)}</th>
              <td>{t('blocks.hours', { from: blockHours[block][0], to: blockHours[block][1] })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

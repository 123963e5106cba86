import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../identity/http';
import { useDossierWrites, type DossierAction } from '../api';
import { formatDay, today } from './format';

export type ListedAction = DossierAction & { fileNumber?: string };
type Done = (message: string, kind: 'ok' | 'error') => void;

/** Ticks an action off (or opens it again) in its own dossier; the lists refresh when the server agrees. */
function TickButton({ action, onDone }: { action: ListedAction; onDone: Done }) {
  const { t } = useTranslation('dossier');
  const { markActionDone } = useDossierWrites(action.dossierId);
  const done = action.doneOn !== null;
  const toggle = async () => {
    try {
      await markActionDone.mutateAsync({ actionId: action.id, version: action.version, done: !done });
      onDone(t(done ? 'actions.unticked' : 'actions.ticked', { text: action.text }), 'ok');
    } catch (error) {
      const stale = error instanceof ProblemError && (error.status === 409 || error.status === 404);
      onDone(stale ? t('actions.tickStale') : t('actions.tickFailed'), 'error');
    }
  };
  return (
    <Button
      appearance={done ? 'subtle-button' : 'secondary-action-button'}
      className="sp-dos-action__tick"
      busy={markActionDone.isPending}
      disabled={markActionDone.isPending}
      onClick={() => void toggle()}
    >
      {t(done ? 'actions.untick' : 'actions.tick')}
      <span className="sp-visually-hidden">{` ${t('actions.about', { text: action.text })}`}</span>
    </Button>
  );
}

function When({ action }: { action: ListedAction }) {
  const { t, i18n } = useTranslation('dossier');
  if (action.doneOn) return <Paragraph className="sp-dos-action__when sp-dos-action__when--done">{t('actions.done', { date: formatDay(action.doneOn, i18n.language) })}</Paragraph>;
  if (!action.plannedOn) return <Paragraph className="sp-dos-action__when">{t('actions.notPlanned')}</Paragraph>;
  const late = action.plannedOn < today();
  return (
    <Paragraph className="sp-dos-action__when">
      {t('actions.planned', { date: formatDay(action.plannedOn, i18n.language) })}
      {late && <span className="sp-dos-badge sp-dos-badge--late">{t('actions.late')}</span>}
    </Paragraph>
  );
}

/**
 * Actions as a list of small cards: what, when, who. The person may tick one off when its policies allow 'update'
 * (the resident and a guardian; seed 000: actions are only theirs and the coach's).
 */
export function ActionList({ actions, onDone, showDossier = false }: { actions: ListedAction[]; onDone: Done; showDossier?: boolean }) {
  const { t } = useTranslation('dossier');
  return (
    <ul className="sp-dos-actions">
      {actions.map((action) => (
        <li key={action.id} className={`sp-dos-action${action.doneOn ? ' sp-dos-action--done' : ''}`}>
          <Paragraph className="sp-dos-action__text">{action.text}</Paragraph>
          <When action={action} />
          {(action.assignee || action.contactName || (showDossier && action.fileNumber)) && (
            <Paragraph className="sp-dos-action__meta">
              {[
                action.assignee ? t('actions.who', { name: action.assignee }) : null,
                action.contactName ? t('actions.contact', { name: action.contactName }) : null,
                showDossier && action.fileNumber ? t('actions.dossier', { fileNumber: action.fileNumber }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Paragraph>
          )}
          {action.policies.includes('update') && <TickButton action={action} onDone={onDone} />}
        </li>
      ))}
    </ul>
  );
}

/** Open actions first, soonest planned first; then the done ones, last done first. */
export function sortActions<T extends ListedAction>(actions: T[]): T[] {
  const open = actions.filter((action) => !action.doneOn).sort((a, b) => (a.plannedOn ?? '9999').localeCompare(b.plannedOn ?? '9999'));
  const done = actions.filter((action) => action.doneOn).sort((a, b) => b.doneOn!.localeCompare(a.doneOn!));
  return [...open, ...done];
}

import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDossierWrites, type DossierAction } from '../api';
import { ActionForm } from './ActionForm';
import { ConfirmButton } from './ConfirmButton';
import { formatDate } from './dates';
import { FormToggle } from './FormToggle';
import { useNotice } from './notice';

/** One action with its facts, and the buttons its policies allow: tick off, change, remove. */
export function ActionItem({ dossierId, action, mayEdit }: { dossierId: string; action: DossierAction; mayEdit: boolean }) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.actions' });
  const writes = useDossierWrites(dossierId);
  const notice = useNotice();
  const language = i18n.language;
  const done = Boolean(action.doneOn);

  const toggleDone = async () => {
    try {
      await writes.markActionDone.mutateAsync({ actionId: action.id, version: action.version, done: !done });
      notice.ok(done ? t('reopened', { text: action.text }) : t('ticked', { text: action.text }));
    } catch (error) {
      notice.failed(error, t('failed'));
    }
  };
  const remove = async () => {
    try {
      await writes.removeAction.mutateAsync({ actionId: action.id, version: action.version });
      notice.ok(t('removed', { text: action.text }));
    } catch (error) {
      notice.failed(error, t('failed'));
    }
  };

  return (
    <li className={`sp-work-item${done ? ' sp-work-item--done' : ''}`}>
      <Heading level={3} className="sp-work-item__title">
        {action.text}
      </Heading>
      <p className="sp-work-item__meta">
        <span className={`sp-work-badge${done ? ' sp-work-badge--ok' : ''}`}>
          {done ? t('doneOnDate', { date: formatDate(action.doneOn, language) }) : t('notDone')}
        </span>
        {action.standardAction && <span className="sp-work-badge">{t('standardBadge', { label: action.standardAction.label })}</span>}
      </p>
      <dl className="sp-work-facts">
        {action.assignee && (
          <div>
            <dt>{t('assignee')}</dt>
            <dd>{action.assignee}</dd>
          </div>
        )}
        {action.contactName && (
          <div>
            <dt>{t('contactName')}</dt>
            <dd>{action.contactName}</dd>
          </div>
        )}
        {action.plannedOn && (
          <div>
            <dt>{t('plannedOn')}</dt>
            <dd>{formatDate(action.plannedOn, language)}</dd>
          </div>
        )}
      </dl>
      <ButtonGroup className="sp-work-item__buttons">
        {action.policies.includes('update') && (
          <Button appearance="secondary-action-button" onClick={() => void toggleDone()} busy={writes.markActionDone.isPending}>
            {done ? t('reopen') : t('tick')}
            <span className="sp-visually-hidden">{` ${action.text}`}</span>
          </Button>
        )}
        {mayEdit && action.policies.includes('update') && (
          <FormToggle label={t('edit')} hiddenLabel={action.text}>
            {(close) => <ActionForm dossierId={dossierId} action={action} onDone={close} />}
          </FormToggle>
        )}
        {action.policies.includes('delete') && (
          <ConfirmButton label={t('remove')} hiddenLabel={action.text} question={t('removeQuestion', { text: action.text })} confirm={t('removeYes')} onConfirm={remove} />
        )}
      </ButtonGroup>
    </li>
  );
}

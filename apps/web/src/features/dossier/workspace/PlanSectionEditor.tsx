import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionConflictOf, useDossierWrites, type PlanSection, type SectionConflict } from '../api';
import { formatMoment } from './dates';
import { ErrorSummary } from './ErrorSummary';
import { TextareaField } from './fields';
import { fullName } from './names';
import { useNotice } from './notice';
import { useProblem } from './useProblem';

type Props = { dossierId: string; section: PlanSection; title: string; onDone: () => void };

/**
 * Edit one plan text. When someone saved in between, the server answers 409 with their text: both are shown side by
 * side and the writer chooses — keep editing their own (the next save replaces the other), or take the other text.
 */
export function PlanSectionEditor({ dossierId, section, title, onDone }: Props) {
  const { t, i18n } = useTranslation('dossier', { keyPrefix: 'work.plan' });
  const { t: tf } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const { savePlanSection } = useDossierWrites(dossierId);
  const problem = useProblem();
  const notice = useNotice();
  const [text, setText] = useState(section.text);
  const [version, setVersion] = useState(section.version);
  const [conflict, setConflict] = useState<SectionConflict | null>(null);
  const fieldId = `plan-${section.kind}-text`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await savePlanSection.mutateAsync({ kind: section.kind, version, text });
      notice.ok(t('saved', { title }));
      onDone();
    } catch (error) {
      const other = sectionConflictOf(error);
      if (other) {
        setConflict(other);
        problem.clear();
      } else {
        problem.show(error);
      }
    }
  };

  const keepMine = () => {
    if (!conflict) return;
    setVersion(conflict.version);
    setConflict(null);
    document.getElementById(fieldId)?.focus();
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setText(conflict.text);
    setVersion(conflict.version);
    setConflict(null);
    document.getElementById(fieldId)?.focus();
  };

  const who = conflict?.updatedBy ? fullName(conflict.updatedBy) : t('someone');
  const when = conflict?.updatedAt ? formatMoment(conflict.updatedAt, i18n.language) : '';

  return (
    <form className="sp-work-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={savePlanSection.isPending}>
      <ErrorSummary problem={problem} id={`plan-${section.kind}-errors`} targets={{ text: { id: fieldId, label: title } }} level={4} />
      {conflict && (
        <div className="sp-work-conflict" role="alert">
          <Alert type="warning" role="none">
            <Heading level={4}>{t('conflictTitle')}</Heading>
            <Paragraph>{t('conflict', { name: who, when })}</Paragraph>
          </Alert>
          <div className="sp-work-conflict__texts">
            <div>
              <Heading level={4}>{t('yours')}</Heading>
              <blockquote className="sp-work-quote">{text || t('empty')}</blockquote>
            </div>
            <div>
              <Heading level={4}>{t('theirs', { name: who })}</Heading>
              <blockquote className="sp-work-quote">{conflict.text || t('empty')}</blockquote>
            </div>
          </div>
          <ButtonGroup>
            <Button appearance="primary-action-button" onClick={keepMine}>
              {t('keepMine')}
            </Button>
            <Button appearance="secondary-action-button" onClick={takeTheirs}>
              {t('takeTheirs')}
            </Button>
          </ButtonGroup>
        </div>
      )}
      <TextareaField id={fieldId} label={title} value={text} rows={8} maxLength={20000} error={problem.fields['text']} onValue={setText} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={savePlanSection.isPending} disabled={savePlanSection.isPending || Boolean(conflict)}>
          {tf('save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {tf('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, FormField, FormLabel, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierKeys, sectionConflictOf, useDossierWrites, type PlanSection } from '../api';
import { ConflictChoice } from './ConflictChoice';
import { formatMoment, fullName } from './format';
import { initialEditor, pendingSave, sectionEditor, type EditorEvent, type EditorState } from './section-editor';
import { SectionHistory } from './SectionHistory';

/** The line under the heading that says what is happening: saving, saved, or what the person chose. */
function StatusLine({ state }: { state: EditorState }) {
  const { t } = useTranslation('dossier');
  if (state.mode === 'saving') return <Paragraph className="sp-dos-saving">{t('plan.saving')}</Paragraph>;
  if (state.mode === 'edit' && state.failed) {
    return (
      <Alert type="error" role="none">
        <Paragraph>{t('plan.failed')}</Paragraph>
      </Alert>
    );
  }
  if (state.mode !== 'view' || !state.notice) return null;
  const text =
    state.notice === 'tookTheirs'
      ? t('plan.tookTheirs', { name: state.by ? fullName(state.by) : t('conflict.someone') })
      : state.notice === 'saved'
        ? t('plan.saved')
        : t('plan.unchanged');
  return (
    <Alert type={state.notice === 'saved' ? 'ok' : 'info'} role="none">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

/**
 * One of the three plan text sections (*Mijn/onze leefsituatie, toekomst, afspraken*). Editable when its policies
 * include 'update'. A save names the version it started from; a 409 shows the other person's text beside this one and
 * waits for a choice, so nobody's text disappears without them knowing.
 */
export function PlanSectionCard({ dossierId, section }: { dossierId: string; section: PlanSection }) {
  const { t, i18n } = useTranslation('dossier');
  const client = useQueryClient();
  const { savePlanSection } = useDossierWrites(dossierId);
  const [state, dispatch] = useReducer(sectionEditor, initialEditor);
  const title = t(`plan.section.${section.kind}`);
  const id = `plan-${section.kind}`;
  const canEdit = section.policies.includes('update');
  const editRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const lastMode = useRef(state.mode);

  // Focus follows the step: into the text box when editing starts, back to "Aanpassen" when editing ends.
  useEffect(() => {
    const previous = lastMode.current;
    lastMode.current = state.mode;
    if (state.mode === 'edit' && previous !== 'edit' && previous !== 'saving') textRef.current?.focus();
    if (state.mode === 'view' && previous !== 'view') editRef.current?.focus();
  }, [state.mode]);

  const send = (event: EditorEvent) => {
    const next = sectionEditor(state, event);
    dispatch(event);
    const pending = pendingSave(next);
    if (!pending || next === state) return;
    savePlanSection.mutate(
      { kind: section.kind, ...pending },
      {
        onSuccess: () => dispatch({ type: 'saved' }),
        onError: (error) => {
          const theirs = sectionConflictOf(error);
          if (!theirs) return dispatch({ type: 'failed' });
          dispatch({ type: 'conflict', theirs });
          // The page behind the choice shows the stored text again, whatever is chosen.
          void client.invalidateQueries({ queryKey: dossierKeys.page(dossierId) });
        },
      },
    );
  };

  const editing = state.mode === 'edit' || state.mode === 'saving';
  return (
    <section className="sp-dos-plan" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`} className="sp-dos-plan__title">
        {title}
      </Heading>
      {!editing && state.mode !== 'conflict' && (
        <>
          <div className={`sp-dos-text sp-dos-plan__text${section.text ? '' : ' sp-empty'}`}>{section.text || t('plan.empty')}</div>
          {section.updatedAt && (
            <Paragraph className="sp-muted sp-dos-plan__meta">
              {section.updatedBy
                ? t('plan.lastChange', { name: fullName(section.updatedBy), moment: formatMoment(section.updatedAt, i18n.language) })
                : t('plan.lastChangeUnknown', { moment: formatMoment(section.updatedAt, i18n.language) })}
            </Paragraph>
          )}
          {canEdit && (
            <Button ref={editRef} appearance="secondary-action-button" onClick={() => send({ type: 'start', text: section.text, version: section.version })}>
              {t('plan.edit')}
              <span className="sp-visually-hidden">{` ${title}`}</span>
            </Button>
          )}
        </>
      )}
      {editing && (
        <form
          className="sp-dos-plan__form"
          onSubmit={(event) => {
            event.preventDefault();
            send({ type: 'save' });
          }}
        >
          {state.theirs && (
            <div className="sp-dos-reference">
              <Paragraph className="sp-dos-reference__title">
                {t('plan.theirsReference', { name: state.theirs.updatedBy ? fullName(state.theirs.updatedBy) : t('conflict.someone') })}
              </Paragraph>
              <div className="sp-dos-text">{state.theirs.text || t('conflict.empty')}</div>
            </div>
          )}
          <FormField type="text" className="sp-dos-plan__field">
            <FormLabel htmlFor={`${id}-input`}>{t('plan.label', { section: title })}</FormLabel>
            <Textarea
              id={`${id}-input`}
              ref={textRef}
              className="sp-dos-plan__input"
              rows={8}
              value={state.draft}
              readOnly={state.mode === 'saving'}
              maxLength={20_000}
              onChange={(event) => send({ type: 'change', text: event.target.value })}
            />
          </FormField>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={state.mode === 'saving'} aria-disabled={state.mode === 'saving' || undefined}>
              {t('plan.save')}
            </Button>
            <Button type="button" appearance="secondary-action-button" aria-disabled={state.mode === 'saving' || undefined} onClick={() => send({ type: 'cancel' })}>
              {t('plan.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      {state.mode === 'conflict' && (
        <ConflictChoice
          id={`${id}-conflict`}
          sectionTitle={title}
          mine={state.mine}
          theirs={state.theirs}
          onUseTheirs={() => send({ type: 'useTheirs' })}
          onKeepMine={() => send({ type: 'keepMine' })}
          onEditMine={() => send({ type: 'editMine' })}
        />
      )}
      <div role="status" className="sp-dos-status">
        <StatusLine state={state} />
      </div>
      <SectionHistory dossierId={dossierId} kind={section.kind} title={title} currentVersion={section.version} />
    </section>
  );
}

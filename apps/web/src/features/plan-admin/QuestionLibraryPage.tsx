import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useDeferredValue, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { ProblemError } from '../identity/http';
import { isConflict, useArchiveLibraryQuestion, useCreateLibraryQuestion, useLibraryQuestions, useSaveLibraryQuestion, type LibraryQuestion } from './api';
import { fromQuestion, newQuestion, slug, toQuestion, type DraftQuestion } from './draft';
import { fid } from './field-paths';
import { BackLink, ConflictNotice, Done, focusSoon, Hidden, QueryState, Radio, useAnnouncer, usePlanAdminErrors } from './parts';
import { QuestionEditor } from './QuestionEditor';
import './plan-admin.css';

type Editing = { id: string; version: number; label: string } | null;

/** /werk/beheer/vragen: the question library — find, add, change, archive and restore questions to copy into templates. */
export function QuestionLibraryPage() {
  const { t } = useTranslation('planAdmin');
  const [archived, setArchived] = useState(false);
  const [search, setSearch] = useState('');
  const questions = useLibraryQuestions({ archived, search: useDeferredValue(search) });
  const archive = useArchiveLibraryQuestion();
  const { announce, region } = useAnnouncer();
  const [done, setDone] = useState<string | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [formKey, setFormKey] = useState(0);
  const [initial, setInitial] = useState<LibraryQuestion | null>(null);

  const edit = (item: LibraryQuestion) => {
    setInitial(item);
    setEditing({ id: item.id, version: item.version, label: item.question.label });
    setFormKey((k) => k + 1);
    setDone(null);
    window.setTimeout(() => formRef.current?.focus(), 0);
  };
  const closeForm = (message: string | null) => {
    const wasEditing = editing;
    setInitial(null);
    setEditing(null);
    setFormKey((k) => k + 1);
    setDone(message);
    if (wasEditing) focusSoon(`qlib-${wasEditing.id}-edit`);
  };

  const setArchivedOf = async (item: LibraryQuestion, action: 'archive' | 'restore') => {
    setDone(null);
    setListProblem(null);
    try {
      await archive.mutateAsync({ questionId: item.id, action, version: item.version });
      announce(t(action === 'archive' ? 'library.archived' : 'library.restored', { label: item.question.label }));
      focusSoon('qlib-search');
    } catch (error) {
      setListProblem(isConflict(error) ? t('library.conflictList') : error instanceof ProblemError ? error.detail || error.title : t('errors.network'));
    }
  };

  return (
    <div className="sp-plan-admin">
      <BackLink to="/werk/beheer">{t('back.admin')}</BackLink>
      <PageHeading>{t('library.title')}</PageHeading>
      <Paragraph>{t('library.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/werk/beheer/sjablonen">{t('library.toTemplates')}</RouterLink>
      </Paragraph>
      {region}
      <Done message={done} />

      <section aria-labelledby="qlib-list-title" className="sp-plan-admin-panel">
        <Heading level={2} id="qlib-list-title">
          {archived ? t('library.archivedTitle') : t('library.activeTitle')}
        </Heading>
        <div className="sp-plan-admin-filters">
          <Fieldset className="sp-plan-admin-fieldset">
            <FieldsetLegend>{t('library.show')}</FieldsetLegend>
            <Radio id="qlib-show-active" name="qlib-show" checked={!archived} label={t('library.showActive')} onChange={() => setArchived(false)} />
            <Radio id="qlib-show-archived" name="qlib-show" checked={archived} label={t('library.showArchived')} onChange={() => setArchived(true)} />
          </Fieldset>
          <TextField id="qlib-search" type="search" label={t('library.search')} value={search} onValue={setSearch} autoComplete="off" />
        </div>
        <div role="status" className="sp-plan-admin-hint">
          {questions.data && (questions.data.length === 0 ? t('library.noneFound') : t('library.found', { count: questions.data.length }))}
        </div>
        {listProblem && (
          <Paragraph className="sp-plan-admin-error" role="alert">
            {listProblem}
          </Paragraph>
        )}
        {!questions.data ? (
          <QueryState loading={questions.isPending} error={questions.error} />
        ) : (
          <ul className="sp-plan-admin-cards" aria-label={archived ? t('library.archivedTitle') : t('library.activeTitle')}>
            {questions.data.map((item) => (
              <li key={item.id} className="sp-plan-admin-card">
                <Heading level={3} className="sp-plan-admin-card__title">
                  {item.question.label}
                </Heading>
                <Paragraph className="sp-plan-admin-hint">
                  {t('library.meta', { type: t(`question.types.${item.question.type}`), key: item.key })}
                  {item.question.required ? ` · ${t('library.required')}` : ''}
                </Paragraph>
                {item.question.help && <Paragraph>{item.question.help}</Paragraph>}
                <ButtonGroup>
                  {item.policies.includes('update') && (
                    <Button id={`qlib-${item.id}-edit`} appearance="secondary-action-button" onClick={() => edit(item)}>
                      {t('library.edit')}
                      <Hidden text={t('library.forLabel', { label: item.question.label })} />
                    </Button>
                  )}
                  {item.policies.includes('archive') && (
                    <Button appearance="subtle-button" disabled={archive.isPending} onClick={() => void setArchivedOf(item, 'archive')}>
                      {t('library.archive')}
                      <Hidden text={t('library.forLabel', { label: item.question.label })} />
                    </Button>
                  )}
                  {item.policies.includes('restore') && (
                    <Button appearance="secondary-action-button" disabled={archive.isPending} onClick={() => void setArchivedOf(item, 'restore')}>
                      {t('library.restore')}
                      <Hidden text={t('library.forLabel', { label: item.question.label })} />
                    </Button>
                  )}
                </ButtonGroup>
              </li>
            ))}
          </ul>
        )}
      </section>

      <QuestionForm key={formKey} initial={initial} editing={editing} headingRef={formRef} onDone={closeForm} onReload={edit} />
    </div>
  );
}

/** Where a server path lands in this form: a choice's key error on the choice's text, else the nearest known field. */
function formField(path: string, known: ReadonlyMap<string, string>): string | null {
  const parts = path.split('.');
  if (parts.length > 2 && parts.at(-1) === 'key') parts[parts.length - 1] = 'label';
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** A new library question, or the one being changed (`initial`): its key and the question editor of the block editor. */
function QuestionForm({ initial, editing, headingRef, onDone, onReload }: {
  initial: LibraryQuestion | null;
  editing: Editing;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: (message: string | null) => void;
  onReload: (current: LibraryQuestion) => void;
}) {
  const { t } = useTranslation('planAdmin');
  const create = useCreateLibraryQuestion();
  const save = useSaveLibraryQuestion();
  const [draft, setDraft] = useState<DraftQuestion>(() => (initial ? fromQuestion(initial.question) : newQuestion('shortText', '')));
  const [key, setKey] = useState(initial?.key ?? '');
  const [keyTouched, setKeyTouched] = useState(initial !== null);
  const [conflict, setConflict] = useState<LibraryQuestion | null>(null);
  const known = useMemo(() => {
    const map = new Map<string, string>([
      ['question', t('library.formTitle')],
      ['question.key', t('library.key')],
      ['question.type', t('question.type')],
      ['question.label', t('question.label')],
      ['question.help', t('question.help')],
      ['question.options', t('question.options')],
      ['question.min', t('question.min')],
      ['question.max', t('question.max')],
      ['question.minLabel', t('question.minLabel')],
      ['question.maxLabel', t('question.maxLabel')],
    ]);
    draft.options.forEach((_, k) => map.set(`question.options.${k}.label`, t('question.option', { n: k + 1 })));
    return map;
  }, [draft.options, t]);
  const errors = usePlanAdminErrors((path) => formField(path, known));
  const targets = Object.fromEntries(Object.keys(errors.fields).map((field) => [field, { id: fid(field), label: known.get(field) ?? field }]));
  const busy = create.isPending || save.isPending;

  const change = (next: DraftQuestion) => {
    setDraft(next);
    if (!keyTouched && !editing) setKey(next.label.trim() ? slug(next.label, 'vraag') : '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.label.trim()) local['question.label'] = t('errors.required');
    if (!key.trim()) local['question.key'] = t('errors.required');
    if (Object.keys(local).length > 0) return errors.setLocal(local);
    const question = toQuestion({ ...draft, key: key.trim() });
    try {
      if (editing) {
        await save.mutateAsync({ questionId: editing.id, question, version: editing.version });
        onDone(t('library.saved', { label: question.label }));
      } else {
        await create.mutateAsync(question);
        onDone(t('library.created', { label: question.label }));
      }
    } catch (error) {
      if (isConflict(error) && error.current) setConflict(error.current as LibraryQuestion);
      else errors.show(error);
    }
  };

  return (
    <section aria-labelledby="qlib-form-title" className="sp-plan-admin-panel">
      <Heading level={2} id="qlib-form-title" tabIndex={-1} ref={headingRef}>
        {editing ? t('library.editTitle', { label: editing.label }) : t('library.newTitle')}
      </Heading>
      {conflict && <ConflictNotice text={t('library.conflict', { label: conflict.question.label })} onReload={() => onReload(conflict)} />}
      <ErrorSummary id="qlib-errors" level={3} title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} untargeted />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <QuestionEditor path="question" question={draft} onChange={change} errors={errors.fields} />
        <TextField
          id={fid('question.key')}
          label={t('library.key')}
          description={t('library.keyHint')}
          value={key}
          onValue={(value) => {
            setKey(value);
            setKeyTouched(true);
          }}
          error={errors.fields['question.key']}
          autoComplete="off"
          spellCheck={false}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {editing ? t('library.save') : t('library.create')}
          </Button>
          {editing && (
            <Button appearance="secondary-action-button" onClick={() => onDone(null)}>
              {t('library.cancel')}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}

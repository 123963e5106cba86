import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../components/form/fields';
import { PageHeading } from '../../components/PageHeading';
import { blockTypes, isConflict, useArchiveTemplate, usePublishTemplate, useSaveTemplate, useTemplate, useUserGroups, type BlockType, type Template, type TemplateInput } from './api';
import { BlockEditor } from './BlockEditor';
import { editorField, fid, knownFields } from './field-paths';
import { fromTemplate, move, newBlock, toInput, type Draft, type DraftBlock } from './draft';
import { BackLink, ConflictNotice, Done, focusSoon, formatDate, QueryState, useAnnouncer, usePlanAdminErrors } from './parts';
import { Preview, type PreviewAs } from './Preview';
import './plan-admin.css';

/** /werk/beheer/sjablonen/:templateId: the template's draft, its preview, publishing and its versions. */
export function TemplateEditorPage() {
  const { templateId = '' } = useParams();
  const { t } = useTranslation('planAdmin');
  const template = useTemplate(templateId);
  // The editor starts from what the server holds once; later answers only replace it when asked (reload after 409).
  const [loaded, setLoaded] = useState<Template | null>(null);
  useEffect(() => {
    if (template.data && !loaded) setLoaded(template.data);
  }, [template.data, loaded]);
  if (!loaded) {
    return (
      <div className="sp-plan-admin">
        <BackLink to="/werk/beheer/sjablonen">{t('back.templates')}</BackLink>
        <PageHeading>{t('editor.titleFallback')}</PageHeading>
        <QueryState loading={template.isPending} error={template.error} />
      </div>
    );
  }
  return <Editor key={`${loaded.id}-${loaded.version}`} initial={loaded} current={template.data ?? loaded} onReload={async () => setLoaded((await template.refetch()).data ?? loaded)} />;
}

/** Keys the server now holds for the parts that were new: they stay fixed from here on. */
function withKeys(draft: Draft, sent: TemplateInput): Draft {
  return {
    ...draft,
    blocks: draft.blocks.map((block, i): DraftBlock => {
      const saved = sent.blocks[i];
      if (!saved) return block;
      const keyed = { ...block, key: saved.key };
      if (keyed.type === 'questionnaire' && saved.type === 'questionnaire') {
        keyed.questions = keyed.questions.map((q, j) => {
          const sq = saved.questions[j];
          return { ...q, key: sq?.key ?? q.key, options: q.options.map((o, k) => ({ ...o, key: sq?.options?.[k]?.key ?? o.key })) };
        });
      }
      if (keyed.type === 'watTelt' && saved.type === 'watTelt') keyed.domains = keyed.domains.map((d, k) => ({ ...d, key: saved.domains[k]?.key ?? d.key }));
      return keyed;
    }),
  };
}

function Editor({ initial, current, onReload }: { initial: Template; current: Template; onReload: () => void }) {
  const { t, i18n } = useTranslation('planAdmin');
  const groups = useUserGroups();
  const save = useSaveTemplate(initial.id);
  const publish = usePublishTemplate(initial.id);
  const archive = useArchiveTemplate(initial.id);
  const [archivedAt, setArchivedAt] = useState(initial.archivedAt);
  const [draft, setDraft] = useState<Draft>(() => fromTemplate(initial));
  const [version, setVersion] = useState(initial.version);
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [addType, setAddType] = useState<BlockType>('text');
  const [preview, setPreview] = useState<PreviewAs | null>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const { announce, region } = useAnnouncer();
  const known = useMemo(() => knownFields(draft.blocks, t), [draft.blocks, t]);
  const errors = usePlanAdminErrors((path) => editorField(path, known));
  const publishErrors = usePlanAdminErrors();

  // A block with a problem opens, so the error summary's link has a field to land on.
  useEffect(() => {
    const withErrors = draft.blocks.filter((_, i) => Object.keys(errors.fields).some((f) => f === `blocks.${i}` || f.startsWith(`blocks.${i}.`)));
    if (withErrors.some((b) => !open.has(b.uid))) setOpen((o) => new Set([...o, ...withErrors.map((b) => b.uid)]));
  }, [errors.fields, draft.blocks, open]);

  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setDone(null);
  };
  const setBlocks = (blocks: DraftBlock[]) => change({ ...draft, blocks });

  const targets = Object.fromEntries(Object.keys(errors.fields).map((field) => [field, { id: fid(field), label: known.get(field) ?? field }]));

  /** Saves the draft; answers the new version, or null when it failed (the problem is shown). */
  const saveDraft = async (): Promise<number | null> => {
    const sent = toInput(draft);
    try {
      const answer = await save.mutateAsync({ ...sent, version });
      setDraft((d) => withKeys(d, sent));
      setVersion(answer.version);
      setDirty(false);
      setConflict(false);
      errors.clear();
      return answer.version;
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else errors.show(error);
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!draft.name.trim()) return errors.setLocal({ name: t('errors.required') });
    if ((await saveDraft()) !== null) setDone(t('editor.saved'));
  };

  const doPublish = async () => {
    setDone(null);
    publishErrors.clear();
    const at = dirty ? await saveDraft() : version;
    if (at === null) return;
    try {
      const answer = await publish.mutateAsync(at);
      setVersion(answer.version);
      setDone(t('editor.published', { number: answer.latest?.number ?? answer.versions.length }));
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else publishErrors.show(error);
    }
  };

  /** Archive or restore; unsaved changes are saved first, so the version sent is the one just written. */
  const doArchive = async (action: 'archive' | 'restore') => {
    setDone(null);
    publishErrors.clear();
    const at = dirty ? await saveDraft() : version;
    if (at === null) return;
    try {
      const answer = await archive.mutateAsync({ action, version: at });
      setVersion(answer.version);
      setArchivedAt(answer.archivedAt);
      setDone(t(action === 'archive' ? 'archive.done' : 'archive.restoredDone'));
      focusSoon(action === 'archive' ? 'tpl-restore' : 'tpl-archive');
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else publishErrors.show(error);
    }
  };

  const moveBlock = (index: number, by: -1 | 1) => {
    const block = draft.blocks[index]!;
    const title = block.title || t('block.untitled');
    const to = index + by;
    if (to < 0 || to >= draft.blocks.length) return announce(by < 0 ? t('block.atTop', { title }) : t('block.atBottom', { title }));
    setBlocks(move(draft.blocks, index, by));
    errors.clear();
    announce(t('block.moved', { title, position: to + 1, count: draft.blocks.length }));
    focusSoon(`${fid(`blocks.${to}`)}-${by < 0 ? 'up' : 'down'}`);
  };

  const addBlock = () => {
    const block = newBlock(addType, t(`blockTypes.${addType}`));
    setBlocks([...draft.blocks, block]);
    setOpen((o) => new Set([...o, block.uid]));
    announce(t('block.added', { title: block.title, position: draft.blocks.length + 1 }));
    focusSoon(fid(`blocks.${draft.blocks.length}.title`));
  };

  const removeBlock = (index: number) => {
    const title = draft.blocks[index]!.title || t('block.untitled');
    setBlocks(draft.blocks.filter((_, i) => i !== index));
    errors.clear();
    announce(t('block.removed', { title }));
    focusSoon('tpl-add-type');
  };

  const toggleGroup = (groupId: string, on: boolean) =>
    change({ ...draft, userGroupIds: on ? [...draft.userGroupIds, groupId] : draft.userGroupIds.filter((g) => g !== groupId) });

  const groupsError = errors.fields['userGroupIds'];
  return (
    <div className="sp-plan-admin sp-plan-admin--wide">
      <BackLink to="/werk/beheer/sjablonen">{t('back.templates')}</BackLink>
      <PageHeading>{initial.name}</PageHeading>
      <Paragraph className="sp-plan-admin-hint">
        {`${t('editor.draftState', { version })} · ${dirty ? t('editor.dirty') : t('editor.clean')}`}
      </Paragraph>
      {archivedAt && (
        <Paragraph className="sp-plan-admin-badge-line">
          <span className="sp-plan-admin-badge">{t('archive.archivedOn', { date: formatDate(archivedAt, i18n.language) })}</span>
        </Paragraph>
      )}
      {region}
      <Done message={done} />
      {conflict && <ConflictNotice text={t('conflict.template', { name: current.name })} onReload={onReload} />}
      <ErrorSummary id="tpl-errors" title={t('errors.title')} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} untargeted />

      <form id="tpl-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={save.isPending} className="sp-plan-admin-editor">
        <section aria-labelledby="tpl-about" className="sp-plan-admin-panel">
          <Heading level={2} id="tpl-about">
            {t('editor.about')}
          </Heading>
          <div className="sp-form">
            <TextField id={fid('name')} label={t('editor.name')} value={draft.name} onValue={(name) => change({ ...draft, name })} error={errors.fields['name']} autoComplete="off" />
            <TextareaField id={fid('description')} label={t('editor.description')} optional={t('optional')} rows={3} value={draft.description} onValue={(description) => change({ ...draft, description })} error={errors.fields['description']} />
            <Fieldset id={fid('userGroupIds')} tabIndex={-1} className="sp-plan-admin-fieldset" invalid={Boolean(groupsError)} aria-describedby={`${fid('userGroupIds')}-hint`}>
              <FieldsetLegend>{t('editor.groups')}</FieldsetLegend>
              <Paragraph id={`${fid('userGroupIds')}-hint`} className="sp-plan-admin-hint">
                {t('editor.groupsHint')}
              </Paragraph>
              {groupsError && <Paragraph className="sp-plan-admin-error">{groupsError}</Paragraph>}
              {groups.data?.length === 0 && <Paragraph>{t('editor.noGroups')}</Paragraph>}
              {groups.isError && <Paragraph>{t('editor.groupsUnavailable')}</Paragraph>}
              {groups.data?.map((group) => (
                <CheckboxField key={group.id} id={`tpl-group-${group.id}`} label={group.name} checked={draft.userGroupIds.includes(group.id)} onValue={(on) => toggleGroup(group.id, on)} />
              ))}
            </Fieldset>
          </div>
        </section>

        <section id={fid('blocks')} tabIndex={-1} aria-labelledby="tpl-blocks-title" className="sp-plan-admin-panel">
          <Heading level={2} id="tpl-blocks-title">
            {t('editor.blocks')}
          </Heading>
          <Paragraph>{t('editor.blocksIntro')}</Paragraph>
          {errors.fields['blocks'] && <Paragraph className="sp-plan-admin-error">{errors.fields['blocks']}</Paragraph>}
          {draft.blocks.length === 0 && <Paragraph>{t('editor.noBlocks')}</Paragraph>}
          <ol className="sp-plan-admin-items">
            {draft.blocks.map((block, index) => (
              <li key={block.uid} className="sp-plan-admin-item">
                <BlockEditor
                  block={block}
                  index={index}
                  count={draft.blocks.length}
                  open={open.has(block.uid)}
                  onToggle={() => setOpen((o) => (o.has(block.uid) ? new Set([...o].filter((u) => u !== block.uid)) : new Set([...o, block.uid])))}
                  onChange={(next) => setBlocks(draft.blocks.map((b, i) => (i === index ? next : b)))}
                  onMove={(by) => moveBlock(index, by)}
                  onRemove={() => removeBlock(index)}
                  errors={errors.fields}
                  announce={announce}
                />
              </li>
            ))}
          </ol>
          <div className="sp-plan-admin-add">
            <SelectField id="tpl-add-type" label={t('editor.addType')} value={addType} onValue={(v) => setAddType(v as BlockType)} options={blockTypes.map((type) => ({ value: type, label: t(`blockTypes.${type}`) }))} />
            <Button appearance="secondary-action-button" onClick={addBlock}>
              {t('editor.add')}
            </Button>
          </div>
        </section>

        <ButtonGroup className="sp-plan-admin-actions">
          <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
            {save.isPending ? t('editor.saving') : t('editor.save')}
          </Button>
          <Button appearance="secondary-action-button" aria-pressed={preview === 'resident'} onClick={() => setPreview(preview === 'resident' ? null : 'resident')}>
            {t('editor.previewResident')}
          </Button>
          <Button appearance="secondary-action-button" aria-pressed={preview === 'professional'} onClick={() => setPreview(preview === 'professional' ? null : 'professional')}>
            {t('editor.previewProfessional')}
          </Button>
        </ButtonGroup>
      </form>

      {preview && (
        <section aria-labelledby="tpl-preview-title" className="sp-plan-admin-panel sp-plan-admin-panel--preview">
          <Heading level={2} id="tpl-preview-title" tabIndex={-1} ref={previewRef}>
            {preview === 'resident' ? t('preview.residentTitle') : t('preview.professionalTitle')}
          </Heading>
          <Preview blocks={toInput(draft).blocks} as={preview} />
          <Button appearance="secondary-action-button" onClick={() => setPreview(null)}>
            {t('editor.closePreview')}
          </Button>
        </section>
      )}

      <section aria-labelledby="tpl-publish-title" className="sp-plan-admin-panel">
        <Heading level={2} id="tpl-publish-title">
          {t('editor.publishTitle')}
        </Heading>
        <Paragraph>{t('editor.publishText')}</Paragraph>
        {dirty && <Paragraph>{t('editor.publishSaves')}</Paragraph>}
        <ErrorSummary id="tpl-publish-errors" level={3} title={t('errors.title')} summaryRef={publishErrors.summaryRef} general={publishErrors.general ?? Object.values(publishErrors.fields)[0] ?? null} fields={{}} targets={{}} />
        <Button appearance="primary-action-button" onClick={() => void doPublish()} disabled={publish.isPending || save.isPending}>
          {t('editor.publish')}
        </Button>
        <Heading level={3}>{t('editor.versions')}</Heading>
        {current.versions.length === 0 ? (
          <Paragraph>{t('editor.noVersions')}</Paragraph>
        ) : (
          <div className="sp-plan-admin-table-wrap">
            <Table className="sp-plan-admin-table">
              <TableCaption>{t('editor.versionsCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('editor.number')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('editor.date')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('editor.by')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {current.versions.map((v) => (
                  <TableRow key={v.id}>
                    <TableHeaderCell scope="row">{v.number}</TableHeaderCell>
                    <TableCell>{formatDate(v.publishedAt, i18n.language)}</TableCell>
                    <TableCell>{v.publishedBy}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="tpl-archive-title" className="sp-plan-admin-panel">
        <Heading level={2} id="tpl-archive-title">
          {archivedAt ? t('archive.restoreTitle') : t('archive.title')}
        </Heading>
        <Paragraph>{archivedAt ? t('archive.restoreText') : t('archive.text')}</Paragraph>
        {archivedAt ? (
          <Button id="tpl-restore" appearance="secondary-action-button" onClick={() => void doArchive('restore')} disabled={archive.isPending || save.isPending}>
            {t('archive.restore')}
          </Button>
        ) : (
          <Button id="tpl-archive" appearance="secondary-action-button" onClick={() => void doArchive('archive')} disabled={archive.isPending || save.isPending}>
            {t('archive.archive')}
          </Button>
        )}
      </section>
    </div>
  );
}

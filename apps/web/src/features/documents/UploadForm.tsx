import { Alert, Button, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/fields';
import { readProblem, useFormErrors } from '../../components/form/useFormErrors';
import { ProblemError } from '../identity/http';
import { documentCategories, maxDocumentBytes, useUploadDocument, type DocumentCategory } from './api';
import { FileDrop } from './FileDrop';

type Props = { dossierId: string; choosesVisibility: boolean };

const targetFields = ['description', 'category', 'visibleToResident', 'file'];

/** Add a document: description, category, (professionals) who may see it, and the file, with upload progress. */
export function UploadForm({ dossierId, choosesVisibility }: Props) {
  const { t } = useTranslation('documents');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<DocumentCategory>('other');
  const [categoryTouched, setCategoryTouched] = useState(false);
  const [visible, setVisible] = useState<boolean | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const upload = useUploadDocument(dossierId, (fraction) => setProgress(Math.round(fraction * 100)));

  // A too large file (413) is the file's problem; a problem with no field of this form says the server's words.
  const read = useCallback(
    (error: unknown) => {
      const { fields } = readProblem(error, { network: '' });
      if (!(error instanceof ProblemError)) return { fields, general: t('errors.network') };
      if (error.status === 413) fields['file'] ??= t('errors.fileTooLarge');
      const known = Object.keys(fields).some((field) => targetFields.includes(field));
      return { fields, general: known ? null : [error.title, error.detail].filter(Boolean).join('. ') };
    },
    [t],
  );
  const errors = useFormErrors(read);
  const fields = errors.fields;

  const targets = {
    description: { id: 'doc-description', label: t('upload.description') },
    category: { id: 'doc-category', label: t('upload.category') },
    visibleToResident: { id: 'doc-visible-yes', label: t('upload.visibility') },
    file: { id: 'doc-file', label: t('upload.file') },
  };

  const choose = (chosen: File) => {
    setFile(chosen);
    if (!categoryTouched && chosen.type.startsWith('image/')) setCategory('photo');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const local: Record<string, string> = {};
    if (!description.trim()) local['description'] = t('errors.descriptionMissing');
    if (choosesVisibility && visible === null) local['visibleToResident'] = t('errors.visibilityMissing');
    if (!file) local['file'] = t('errors.fileMissing');
    else if (file.size > maxDocumentBytes) local['file'] = t('errors.fileTooLarge');
    if (Object.keys(local).length > 0 || !file) return errors.setLocal(local);
    setProgress(0);
    try {
      await upload.mutateAsync({ description: description.trim(), category, visibleToResident: choosesVisibility ? visible === true : undefined, file });
      setDone(t('upload.done', { description: description.trim() }));
      errors.clear();
      setDescription('');
      setCategory('other');
      setCategoryTouched(false);
      setVisible(null);
      setFile(null);
      for (const input of [inputRef.current, cameraRef.current]) if (input) input.value = '';
    } catch (error) {
      errors.show(error);
    } finally {
      setProgress(null);
    }
  };

  const fieldError = (name: string) => fields[name];
  const busy = upload.isPending;

  return (
    <section className="sp-doc-upload" aria-labelledby="documents-upload-title">
      <Heading level={2} id="documents-upload-title">
        {t('upload.title')}
      </Heading>
      <div role="status" className="sp-doc-status">
        {done && (
          <Alert type="ok">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorSummary
        summaryRef={errors.summaryRef}
        general={errors.general}
        fields={fields}
        targets={targets}
        id="document-errors"
        title={t('errors.summaryTitle')}
        level={3}
        className="sp-doc-errors"
      />
      <form className="sp-form sp-doc-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id="doc-description"
          name="description"
          label={t('upload.description')}
          description={t('upload.descriptionHint')}
          error={fieldError('description')}
          maxLength={200}
          autoComplete="off"
          value={description}
          onValue={setDescription}
        />

        <SelectField
          id="doc-category"
          name="category"
          label={t('upload.category')}
          error={fieldError('category')}
          value={category}
          onValue={(value) => {
            setCategory(value as DocumentCategory);
            setCategoryTouched(true);
          }}
          options={documentCategories.map((value) => ({ value, label: t(`category.${value}`) }))}
        />

        {choosesVisibility && (
          <Fieldset invalid={Boolean(fieldError('visibleToResident'))} className="sp-doc-visibility" aria-describedby="doc-visible-hint">
            <FieldsetLegend>{t('upload.visibility')}</FieldsetLegend>
            <FormFieldDescription id="doc-visible-hint">{t('upload.visibilityHint')}</FormFieldDescription>
            {fieldError('visibleToResident') && (
              <FormFieldErrorMessage id="doc-visible-error">{fieldError('visibleToResident')}</FormFieldErrorMessage>
            )}
            {[true, false].map((value) => {
              const id = value ? 'doc-visible-yes' : 'doc-visible-no';
              return (
                <div key={id} className="sp-doc-radio">
                  <RadioButton
                    id={id}
                    name="visibleToResident"
                    checked={visible === value}
                    invalid={Boolean(fieldError('visibleToResident'))}
                    aria-describedby={fieldError('visibleToResident') ? 'doc-visible-error' : undefined}
                    onChange={() => setVisible(value)}
                  />
                  <FormLabel htmlFor={id} type="radio">
                    {value ? t('upload.visibleYes') : t('upload.visibleNo')}
                  </FormLabel>
                </div>
              );
            })}
          </Fieldset>
        )}

        <FileDrop id="doc-file" label={t('upload.file')} file={file} error={fieldError('file')} onFile={choose} inputRef={inputRef} cameraRef={cameraRef} />

        {progress !== null && (
          <div className="sp-doc-progress">
            <label htmlFor="doc-progress">{t('upload.progress')}</label>
            <progress id="doc-progress" max={100} value={progress}>
              {`${progress}%`}
            </progress>
            <span aria-hidden="true">{`${progress}%`}</span>
          </div>
        )}

        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('upload.submit')}
        </Button>
      </form>
    </section>
  );
}

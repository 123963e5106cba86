import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../identity/http';
import { documentCategories, maxDocumentBytes, useUploadDocument, type DocumentCategory } from './api';
import { ErrorSummary } from './ErrorSummary';
import { FileDrop } from './FileDrop';

type Props = { dossierId: string; choosesVisibility: boolean };

/** Add a document: description, category, (professionals) who may see it, and the file, with upload progress. */
export function UploadForm({ dossierId, choosesVisibility }: Props) {
  const { t } = useTranslation('documents');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<DocumentCategory>('other');
  const [categoryTouched, setCategoryTouched] = useState(false);
  const [visible, setVisible] = useState<boolean | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const upload = useUploadDocument(dossierId, (fraction) => setProgress(Math.round(fraction * 100)));

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const targets = {
    description: { id: 'doc-description', label: t('upload.description') },
    category: { id: 'doc-category', label: t('upload.category') },
    visibleToResident: { id: 'doc-visible-yes', label: t('upload.visibility') },
    file: { id: 'doc-file', label: t('upload.file') },
  };

  const fail = (nextFields: Record<string, string>, nextGeneral: string | null) => {
    setFields(nextFields);
    setGeneral(nextGeneral);
    setAttempt((n) => n + 1);
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
    if (Object.keys(local).length > 0 || !file) return fail(local, null);
    setProgress(0);
    try {
      await upload.mutateAsync({ description: description.trim(), category, visibleToResident: choosesVisibility ? visible === true : undefined, file });
      setDone(t('upload.done', { description: description.trim() }));
      setFields({});
      setGeneral(null);
      setDescription('');
      setCategory('other');
      setCategoryTouched(false);
      setVisible(null);
      setFile(null);
      for (const input of [inputRef.current, cameraRef.current]) if (input) input.value = '';
    } catch (error) {
      if (error instanceof ProblemError) {
        const fromServer: Record<string, string> = {};
        for (const item of error.errors) fromServer[item.field] ??= item.message;
        if (error.status === 413 && !fromServer['file']) fromServer['file'] = t('errors.fileTooLarge');
        const known = Object.keys(fromServer).some((field) => field in targets);
        fail(fromServer, known ? null : [error.title, error.detail].filter(Boolean).join('. '));
      } else {
        fail({}, t('errors.network'));
      }
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
      <ErrorSummary summaryRef={summaryRef} general={general} fields={fields} targets={targets} />
      <form className="sp-doc-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <FormField type="text" invalid={Boolean(fieldError('description'))} className="sp-doc-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="doc-description">{t('upload.description')}</FormLabel>
          </div>
          <FormFieldDescription id="doc-description-hint">{t('upload.descriptionHint')}</FormFieldDescription>
          {fieldError('description') && <FormFieldErrorMessage id="doc-description-error">{fieldError('description')}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <Textbox
              id="doc-description"
              name="description"
              maxLength={200}
              autoComplete="off"
              value={description}
              invalid={Boolean(fieldError('description'))}
              aria-invalid={fieldError('description') ? true : undefined}
              aria-describedby={[fieldError('description') ? 'doc-description-error' : null, 'doc-description-hint'].filter(Boolean).join(' ')}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
        </FormField>

        <FormField type="select" invalid={Boolean(fieldError('category'))} className="sp-doc-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="doc-category">{t('upload.category')}</FormLabel>
          </div>
          {fieldError('category') && <FormFieldErrorMessage id="doc-category-error">{fieldError('category')}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <Select
              id="doc-category"
              name="category"
              value={category}
              invalid={Boolean(fieldError('category'))}
              aria-describedby={fieldError('category') ? 'doc-category-error' : undefined}
              onChange={(event) => {
                setCategory(event.target.value as DocumentCategory);
                setCategoryTouched(true);
              }}
            >
              {documentCategories.map((value) => (
                <SelectOption key={value} value={value}>
                  {t(`category.${value}`)}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>

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

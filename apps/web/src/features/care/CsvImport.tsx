import { Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ProblemError, type FieldError } from '../identity/http';
import { useImportVisits } from './api';
import { ErrorSummary, Field } from './FormParts';

const example = ['datum;begintijd;eindtijd;soort;medewerker', '02-11-2026;07:30;08:15;persoonlijke verzorging;Anouk', '03-11-2026;09:30;11:30;huishoudelijke hulp;Ilse'];

/** One server problem about the file, in words a planner understands: which line, which column, what to do. */
function describe(t: TFunction<'care'>, problem: FieldError): string {
  const row = /^rows\[(\d+)\]\.(\w+)$/.exec(problem.field);
  if (row) {
    const [, line, column] = row as unknown as [string, string, string];
    const key = (() => {
      if (problem.code === 'required') return 'required';
      if (column === 'datum') return problem.code === 'invalid' ? 'datumInvalid' : 'datum';
      if (column === 'begintijd') return problem.code === 'invalid' ? 'begintijdInvalid' : 'time';
      if (column === 'eindtijd') return problem.code === 'tooLong' ? 'eindtijdTooLong' : problem.code === 'invalid' ? 'eindtijdInvalid' : 'time';
      if (column === 'soort') return 'soort';
      return 'medewerkerTooLong';
    })();
    return t('import.row', { row: line, column, message: t(`import.messages.${key}`) });
  }
  const header = /^header\.(\w+)$/.exec(problem.field);
  if (header) return t('import.header', { column: header[1] });
  if (problem.field === 'rows') return problem.code === 'tooLong' ? t('import.rowsTooLong') : t('import.rowsRequired');
  if (problem.field === 'file') return t('import.fileInvalid');
  return problem.message;
}

/** Reads a planning exported from Excel; all or nothing, with every bad line named. */
export function CsvImport({ dossierId, onImported }: { dossierId: string; onImported: (message: string) => void }) {
  const { t } = useTranslation('care');
  const upload = useImportVisits(dossierId);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [fileError, setFileError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    if (!file) {
      setFileError(t('import.fileMissing'));
      inputRef.current?.focus();
      return;
    }
    setFileError(undefined);
    try {
      const { imported } = await upload.mutateAsync(file);
      onImported(t('import.done', { count: imported }));
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
    } catch (error) {
      if (error instanceof ProblemError && error.status === 413) setProblems([t('import.tooLarge')]);
      else if (error instanceof ProblemError && error.errors.length > 0) setProblems(error.errors.map((problem) => describe(t, problem)));
      else if (error instanceof ProblemError) setProblems([error.status === 403 ? t('work.forbidden') : error.detail || error.title]);
      else setProblems([t('work.network')]);
      setAttempt((n) => n + 1);
    }
  };

  return (
    <section className="sp-care-panel" aria-labelledby="import-title">
      <Heading level={2} id="import-title">
        {t('import.title')}
      </Heading>
      <Paragraph>{t('import.intro')}</Paragraph>
      <Paragraph>{t('import.example')}</Paragraph>
      <pre className="sp-care-example">
        <code>
          {example.map((line, row) => (
            <span key={row} className="sp-care-example__line">
              {line.split(';').map((cell, index) => (
                <Fragment key={index}>
                  {index > 0 && ';'}
                  {index > 0 && <wbr />}
                  {cell}
                </Fragment>
              ))}
            </span>
          ))}
        </code>
      </pre>
      <Paragraph>{t('import.kinds')}</Paragraph>
      <Paragraph>{t('import.allOrNothing')}</Paragraph>
      {problems.length > 0 && (
        <ErrorSummary summaryRef={summaryRef} id="import-errors" title={t('import.errorsTitle')} general={t('import.errorsIntro')} fields={{}} targets={{}}>
          <UnorderedList className="sp-care-import-errors">
            {problems.map((problem, index) => (
              <UnorderedListItem key={index}>{problem}</UnorderedListItem>
            ))}
          </UnorderedList>
        </ErrorSummary>
      )}
      <form className="sp-form sp-care-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={upload.isPending}>
        <Field id="import-file" label={t('import.file')} error={fileError}>
          {(describedBy) => (
            <input
              ref={inputRef}
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              className="sp-form-file"
              aria-describedby={describedBy}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={upload.isPending}>
          {t('import.submit')}
        </Button>
      </form>
    </section>
  );
}

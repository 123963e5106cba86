import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from './ErrorSummary';
import type { Problem } from './useProblem';

/** Ids and error-summary targets of a form's fields: `${prefix}-${field}`, labelled with the field's own words. */
export function fieldTargets<F extends string>(prefix: string, fields: readonly F[], label: (field: F) => string) {
  const id = (field: string) => `${prefix}-${field}`;
  const targets = Object.fromEntries(fields.map((field) => [field, { id: id(field), label: label(field) }]));
  return { id, targets };
}

type Props = {
  /** Ids derive from it: `${prefix}-title`, `${prefix}-errors`. */
  prefix: string;
  /** The form's heading (h3); without one, `label` names the form for screen readers. */
  title?: string;
  label?: string;
  problem: Problem;
  targets: Record<string, { id: string; label: string }>;
  busy: boolean;
  /** Sends the form (and says it went well); a thrown error goes to `onError`, then to the error summary. */
  onSave(): Promise<void>;
  onError?: (error: unknown) => void;
  onCancel: () => void;
  children: ReactNode;
};

/** A workspace form in a panel: heading, error summary, the fields, and Opslaan / Annuleren. */
export function WorkForm({ prefix, title, label, problem, targets, busy, onSave, onError, onCancel, children }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSave();
    } catch (error) {
      onError?.(error);
      problem.show(error);
    }
  };
  return (
    <form
      className="sp-work-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-busy={busy}
      aria-labelledby={title ? `${prefix}-title` : undefined}
      aria-label={title ? undefined : label}
    >
      {title && (
        <Heading level={3} id={`${prefix}-title`}>
          {title}
        </Heading>
      )}
      <ErrorSummary problem={problem} id={`${prefix}-errors`} targets={targets} level={4} />
      {children}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

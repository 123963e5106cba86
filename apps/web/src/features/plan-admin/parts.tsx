import { Alert, Button, ButtonGroup, FormLabel, Paragraph, RadioButton, Select, SelectOption } from '@utrecht/component-library-react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useFormErrors } from '../../components/form/useFormErrors';
import { RouterLink } from '../../components/RouterLink';
import { ProblemError } from '../identity/http';

/** A form's problems in these screens' words; `field` moves a server path to the field the screen shows for it. */
export function usePlanAdminErrors(field?: (path: string) => string | null) {
  const { t } = useTranslation('planAdmin');
  const mapRef = useRef(field);
  mapRef.current = field;
  const read = useCallback(
    (error: unknown) =>
      readProblem(error, {
        network: t('errors.network'),
        field: (item) => {
          const target = mapRef.current ? mapRef.current(item.field) : item.field;
          return target === null ? null : ([target, item.message] as const);
        },
      }),
    [t],
  );
  return useFormErrors(read);
}

/** Words for screen readers only: which item a short button ("Bewerken") is about. */
export function Hidden({ text }: { text: string }) {
  return <span className="sp-visually-hidden">{` ${text}`}</span>;
}

export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Paragraph className="sp-plan-admin-back">
      <RouterLink to={to}>{children}</RouterLink>
    </Paragraph>
  );
}

/** A polite live region that says what just happened (moved, added, saved) without moving focus. */
export function useAnnouncer() {
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 })), []);
  const region = (
    <div role="status" className="sp-plan-admin-announce">
      {/* The key makes the same sentence said twice ("already at the top") be read again. */}
      {message && <span key={message.n}>{message.text}</span>}
    </div>
  );
  return { announce, region };
}

/** A saved-message in a green box, in a live region. */
export function Done({ message }: { message: string | null }) {
  return (
    <div role="status" className="sp-plan-admin-done">
      {message && (
        <Alert type="ok" role="none">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** Loading, refused or failed: one line instead of the page's content. */
export function QueryState({ error, loading }: { error: unknown; loading: boolean }): ReactNode {
  const { t } = useTranslation('planAdmin');
  if (loading) return <Paragraph>{t('loading')}</Paragraph>;
  if (error instanceof ProblemError && (error.status === 404 || error.status === 403)) return <Paragraph>{t('errors.notAllowed')}</Paragraph>;
  if (error) return <Paragraph>{t('errors.network')}</Paragraph>;
  return null;
}

/** Someone else saved first (409): say so and offer to load their version. */
export function ConflictNotice({ text, onReload }: { text: string; onReload: () => void }) {
  const { t } = useTranslation('planAdmin');
  return (
    <Alert type="warning" className="sp-plan-admin-conflict">
      <Paragraph>
        <strong>{t('conflict.title')}</strong>
      </Paragraph>
      <Paragraph>{text}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </ButtonGroup>
    </Alert>
  );
}

/**
 * Up, down and remove for one item of an ordered list. The buttons stay focusable at the ends (aria-disabled instead
 * of disabled), so focus never drops to the page when an item reaches the top or bottom.
 */
export function OrderButtons({ idBase, index, count, labels, onMove, onRemove, children, after }: {
  idBase: string;
  /** Buttons before these three in the same row (a block's show/hide). */
  children?: ReactNode;
  /** Buttons after them (a question's "save to library"). */
  after?: ReactNode;
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <ButtonGroup className="sp-plan-admin-order">
      {children}
      <Button id={`${idBase}-up`} appearance="subtle-button" aria-disabled={index === 0 ? true : undefined} onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑ </span>
        {labels.up}
      </Button>
      <Button id={`${idBase}-down`} appearance="subtle-button" aria-disabled={index === count - 1 ? true : undefined} onClick={() => onMove(1)}>
        <span aria-hidden="true">↓ </span>
        {labels.down}
      </Button>
      <Button id={`${idBase}-remove`} appearance="subtle-button" onClick={onRemove}>
        {labels.remove}
      </Button>
      {after}
    </ButtonGroup>
  );
}

/** Focus an element by id once React has drawn the change (a moved item's button, a new block's title). */
export function focusSoon(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** Radio buttons with a visible label each, in the caller's fieldset. */
export function Radio({ id, name, checked, onChange, label, describedBy }: {
  id: string;
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  describedBy?: string | undefined;
}) {
  return (
    <div className="sp-plan-admin-radio">
      <RadioButton id={id} name={name} checked={checked} onChange={onChange} aria-describedby={describedBy} />
      <FormLabel htmlFor={id} type="radio">
        {label}
      </FormLabel>
    </div>
  );
}

export const formatDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' }).format(new Date(iso));

/** A level chooser in a rights table (per block, per user group): the levels in these screens' words. */
export function LevelSelect<L extends string>(props: {
  id: string;
  label: string;
  levels: readonly L[];
  value: L;
  onChange: (level: L) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const { t } = useTranslation('planAdmin');
  return (
    <Select
      id={props.id}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? true : undefined}
      invalid={props.invalid ?? false}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as L)}
    >
      {props.levels.map((level) => (
        <SelectOption key={level} value={level}>
          {t(`levels.${level}` as 'levels.none')}
        </SelectOption>
      ))}
    </Select>
  );
}

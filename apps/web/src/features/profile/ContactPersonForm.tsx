import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/fields';
import { contactPersonKinds, type ContactPersonInput, type ContactPersonKind } from './api';
import { useFormErrors } from './form-errors';
import { ErrorSummary, TextField } from './FormParts';

type Props = {
  /** Unique per form on the page: the ids of the fields derive from it. */
  id: string;
  title: string;
  initial: ContactPersonInput;
  busy: boolean;
  /** Resolves when saved; rejects with the server's problem, which the form then shows at its fields. */
  onSubmit(input: ContactPersonInput): Promise<void>;
  onCancel(): void;
};

/** Add or change one contact person. The heading takes focus when the form opens, so keyboard users start here. */
export function ContactPersonForm({ id, title, initial, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('profile');
  const [draft, setDraft] = useState<ContactPersonInput>(initial);
  const errors = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const targets = {
    name: { id: `${id}-name`, label: t('contacts.name') },
    kind: { id: `${id}-kind`, label: t('contacts.kind') },
    phone: { id: `${id}-phone`, label: t('contacts.phone') },
    mobilePhone: { id: `${id}-mobile`, label: t('contacts.mobilePhone') },
    email: { id: `${id}-email`, label: t('contacts.email') },
  };
  const set = (patch: Partial<ContactPersonInput>) => setDraft((current) => ({ ...current, ...patch }));

  useEffect(() => headingRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) return errors.setLocal({ name: t('contacts.nameMissing') });
    try {
      await onSubmit(draft);
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <section className="sp-profile-contact-form" aria-labelledby={`${id}-title`}>
      <Heading level={2} id={`${id}-title`} ref={headingRef} tabIndex={-1} className="sp-profile-focus">
        {title}
      </Heading>
      <ErrorSummary id={`${id}-errors`} level={3} summaryRef={errors.summaryRef} general={errors.general} fields={errors.fields} targets={targets} />
      <form className="sp-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id={targets.name.id}
          label={targets.name.label}
          description={t('contacts.nameHint')}
          autoComplete="off"
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          error={errors.fields['name']}
        />
        <SelectField
          id={targets.kind.id}
          label={targets.kind.label}
          value={draft.kind}
          onValue={(kind) => set({ kind: kind as ContactPersonKind })}
          options={contactPersonKinds.map((kind) => ({ value: kind, label: t(`contacts.kinds.${kind}`) }))}
        />
        <TextField
          id={targets.phone.id}
          label={targets.phone.label}
          type="tel"
          autoComplete="off"
          value={draft.phone}
          onChange={(event) => set({ phone: event.target.value })}
          error={errors.fields['phone']}
        />
        <TextField
          id={targets.mobilePhone.id}
          label={targets.mobilePhone.label}
          type="tel"
          autoComplete="off"
          value={draft.mobilePhone}
          onChange={(event) => set({ mobilePhone: event.target.value })}
          error={errors.fields['mobilePhone']}
        />
        <TextField
          id={targets.email.id}
          label={targets.email.label}
          type="email"
          autoComplete="off"
          value={draft.email}
          onChange={(event) => set({ email: event.target.value })}
          error={errors.fields['email']}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('contacts.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('contacts.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

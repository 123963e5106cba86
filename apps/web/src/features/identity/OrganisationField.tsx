import { FormField, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenants } from './api';
import { rememberedOrganisation } from './remembered-organisation';

/** The organisations to choose from and the current choice: the remembered one if it still exists; with one, that one. */
export function useOrganisationChoice() {
  const tenants = useTenants();
  const [chosen, setChosen] = useState<string | null>(rememberedOrganisation);
  const items = tenants.data ?? [];
  const organisation = chosen && items.some((item) => item.slug === chosen) ? chosen : items.length === 1 ? items[0]!.slug : '';
  return { items, organisation, choose: setChosen, pending: tenants.isPending };
}

type Props = { id: string; label: string; error?: string; choice: ReturnType<typeof useOrganisationChoice> };

export function OrganisationField({ id, label, error, choice }: Props) {
  const { t } = useTranslation('identity');
  const errorId = `${id}-error`;
  return (
    <FormField type="select" invalid={Boolean(error)} className="sp-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {error && (
        <FormFieldErrorMessage id={errorId} className="sp-field__error">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          value={choice.organisation}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          busy={choice.pending}
          onChange={(event) => choice.choose(event.target.value)}
        >
          {choice.items.length !== 1 && <SelectOption value="">{t('credentials.organisationPlaceholder')}</SelectOption>}
          {choice.items.map((item) => (
            <SelectOption key={item.slug} value={item.slug}>
              {item.name}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/fields';
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
  return (
    <SelectField
      id={id}
      label={label}
      error={error}
      value={choice.organisation}
      busy={choice.pending}
      onValue={choice.choose}
      options={choice.items.map((item) => ({ value: item.slug, label: item.name }))}
      empty={choice.items.length !== 1 ? t('credentials.organisationPlaceholder') : undefined}
    />
  );
}

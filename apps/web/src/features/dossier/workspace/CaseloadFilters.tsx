import { Fieldset, FieldsetLegend, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { minTenantSearch, statuses, type CaseloadState, type Scope } from './caseload-query';
import { SelectField, TextField } from './fields';

type Props = {
  state: CaseloadState;
  search: string;
  scopes: readonly Scope[];
  onSearch: (text: string) => void;
  /** Enter in the search box: search now instead of after the pause. */
  onSubmit: () => void;
  onChange: (next: Partial<CaseloadState>) => void;
};

/** Which dossiers (mine, my team's, outside my team), their status, and the search box. */
export function CaseloadFilters({ state, search, scopes, onSearch, onSubmit, onChange }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.caseload' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" aria-label={t('searchLabel')} className="sp-work-filters" onSubmit={submit}>
      <Fieldset className="sp-work-scope">
        <FieldsetLegend className="sp-work-scope__legend">{t('scope.legend')}</FieldsetLegend>
        <div className="sp-work-scope__options">
          {scopes.map((scope) => (
            <div key={scope} className="sp-work-scope__option">
              <RadioButton id={`scope-${scope}`} name="scope" checked={state.scope === scope} onChange={() => onChange({ scope, page: 1 })} />
              <FormLabel htmlFor={`scope-${scope}`} type="radio">
                {t(`scope.${scope}`)}
              </FormLabel>
            </div>
          ))}
        </div>
      </Fieldset>
      <div className="sp-work-filters__row">
        <TextField
          id="caseload-search"
          type="search"
          label={t('search')}
          description={state.scope === 'tenant' ? t('searchHintTenant', { count: minTenantSearch }) : t('searchHint')}
          value={search}
          autoComplete="off"
          spellCheck={false}
          onValue={onSearch}
        />
        <SelectField
          id="caseload-status"
          label={t('status.label')}
          value={state.status}
          onValue={(value) => onChange({ status: value as CaseloadState['status'], page: 1 })}
          options={statuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
      </div>
    </form>
  );
}

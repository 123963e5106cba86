import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useMe } from '../../identity/api';
import { ServerStatus } from '../../platform/ServerStatus';
import { useCaseload, useMyTeams } from '../api';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadResults } from './CaseloadResults';
import {
  minTenantSearch,
  normaliseSearch,
  pageCount,
  readCaseloadParams,
  scopes,
  searchDelayMs,
  toCaseloadQuery,
  writeCaseloadParams,
  type CaseloadState,
} from './caseload-query';
import { Pager } from './Pager';
import { ButtonRouterLink } from './StateLink';
import { useDebouncedValue } from './useDebouncedValue';
import './styles';

/**
 * *Caseload*: my dossiers or my team's, by last activity, searchable and paged. The state lives in the address, so
 * going back from a dossier returns to the same search and page.
 */
export function CaseloadPage() {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.caseload' });
  const [params, setParams] = useSearchParams();
  const state = readCaseloadParams(params);
  const me = useMe();
  const teams = useMyTeams();
  const [search, setSearch] = useState(state.q);
  const settled = useDebouncedValue(search, searchDelayMs);
  const written = useRef(state.q);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const update = (next: Partial<CaseloadState>) => {
    const merged = { ...state, ...next };
    written.current = merged.q;
    setParams(writeCaseloadParams(merged), { replace: next.page === undefined || next.q !== undefined });
  };

  // Typing pauses: the search goes out (and starts at page 1). Only a settled search triggers this.
  useEffect(() => {
    if (normaliseSearch(settled) !== normaliseSearch(state.q)) update({ q: settled, page: 1 });
  }, [settled]);

  // The address changed by itself (back button): the box shows that search.
  useEffect(() => {
    if (state.q !== written.current) {
      written.current = state.q;
      setSearch(state.q);
    }
  }, [state.q]);

  const query = toCaseloadQuery(state);
  const caseload = useCaseload(query ?? { scope: 'tenant', status: state.status, page: 1 });
  const items = caseload.data?.items ?? [];
  const total = caseload.data?.total ?? 0;
  // A very common name: the server stops counting at 500 and the search should be sharper.
  const capped = caseload.data?.totalIsLowerBound ?? false;
  const allowedScopes = me.data?.activeRole === 'providerProfessional' ? scopes.filter((scope) => scope !== 'tenant') : scopes;
  const mayOpen = (teams.data?.items ?? []).some((team) => team.canOpenDossier);

  const goToPage = (page: number) => {
    update({ page });
    resultsRef.current?.focus();
  };

  return (
    <>
      <div className="sp-work-titlebar">
        <PageHeading>{t('title')}</PageHeading>
        {mayOpen && (
          <ButtonRouterLink to="/werk/dossiers/nieuw" appearance="primary-action-button">
            {t('newDossier')}
          </ButtonRouterLink>
        )}
      </div>
      <CaseloadFilters
        state={state}
        search={search}
        scopes={allowedScopes}
        onSearch={setSearch}
        onSubmit={() => update({ q: search, page: 1 })}
        onChange={update}
      />
      {state.scope === 'tenant' && (
        <Alert type="info" role="none">
          <Paragraph>{t('tenantExplained')}</Paragraph>
        </Alert>
      )}
      <section className="sp-work-results" aria-labelledby="caseload-results">
        <Heading level={2} id="caseload-results" ref={resultsRef} tabIndex={-1} className="sp-visually-hidden">
          {t('results')}
        </Heading>
        <Paragraph role="status" className="sp-work-results__count">
          {!query
            ? t('tooShort', { count: minTenantSearch })
            : caseload.isPending
              ? t('loading')
              : caseload.isError
                ? t('loadFailed')
                : total === 0
                  ? query.q
                    ? t('noneFor', { q: query.q })
                    : t(`none.${state.scope}`)
                  : capped
                    ? t('countCapped', { limit: total })
                    : t('count', { count: total })}
        </Paragraph>
        {items.length > 0 && <CaseloadResults items={items} labelledBy="caseload-results" />}
        <Pager page={state.page} pages={pageCount(total)} onPage={goToPage} />
      </section>
      <ServerStatus />
    </>
  );
}

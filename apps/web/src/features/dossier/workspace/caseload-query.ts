import type { CaseloadQuery } from '../api';

export type Scope = CaseloadQuery['scope'];
export type Status = CaseloadQuery['status'];
export type CaseloadState = { scope: Scope; status: Status; q: string; page: number };

export const scopes: readonly Scope[] = ['mine', 'team', 'tenant'];
export const statuses: readonly Status[] = ['open', 'closed', 'all'];
export const pageSize = 25;
/** Searching outside one's reach needs a real search term; the server refuses fewer characters. */
export const minTenantSearch = 3;
/** How long typing must pause before the search goes out. */
export const searchDelayMs = 300;

const defaults: CaseloadState = { scope: 'mine', status: 'open', q: '', page: 1 };

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The caseload's state from the address bar (?scope=team&status=all&q=boer&page=2), so back and reload keep it. */
export function readCaseloadParams(params: URLSearchParams): CaseloadState {
  const page = Number(params.get('page'));
  return {
    scope: oneOf(params.get('scope'), scopes, defaults.scope),
    status: oneOf(params.get('status'), statuses, defaults.status),
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address-bar form of a state; defaults are left out so a plain /werk is the usual view. */
export function writeCaseloadParams(state: CaseloadState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.scope !== defaults.scope) params.set('scope', state.scope);
  if (state.status !== defaults.status) params.set('status', state.status);
  if (state.q.trim()) params.set('q', state.q);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Spaces people type by accident do not count: "  de  boer " searches "de boer". */
export function normaliseSearch(q: string): string {
  return q.trim().replace(/\s+/g, ' ');
}

/**
 * The request for a state, or null when there is nothing to ask yet: a search outside one's team with fewer than
 * three characters.
 */
export function toCaseloadQuery(state: CaseloadState): CaseloadQuery | null {
  const q = normaliseSearch(state.q);
  if (state.scope === 'tenant' && q.length < minTenantSearch) return null;
  return { scope: state.scope, status: state.status, page: state.page, pageSize, ...(q ? { q } : {}) };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError, request } from '../identity/http';

/**
 * Everything the dossier feature says to the server: /api/dossiers, /api/dossiers/:id and its parts, /api/me/actions,
 * /api/caseload, /api/catalogue. Shapes mirror the OpenAPI at /api/docs (tag "dossier").
 */

export type Name = { firstName: string; infix: string | null; surname: string };
export type Coded = { code: string; label: string };
export type Relation =
  | 'resident'
  | 'relativeView'
  | 'relativeWrite'
  | 'guardian'
  | 'teamProfessional'
  | 'namedProfessional'
  | 'breakGlass'
  | 'provider';
export type Level = 'none' | 'informed' | 'view' | 'write';
export type SectionKind = 'livingSituation' | 'future' | 'agreements';
export type ServiceStatus = 'requested' | 'granted' | 'refused' | 'ended';

export type DossierSummary = {
  id: string;
  fileNumber: string;
  resident: Name & { id: string };
  team: { name: string; teamType: string };
  organisation: { name: string };
  registeredOn: string;
  closedOn: string | null;
  closingReason: string | null;
  lastActivityAt: string;
  relations: Relation[];
};

export type JournalEntry = {
  id: string;
  occurredOn: string;
  author: Name;
  authorKind: 'professional' | 'resident' | 'relative';
  contactType: Coded;
  lifeDomain: Coded | null;
  note: string;
  visibleToResident: boolean;
  version: number;
  policies: Array<'read' | 'create' | 'update' | 'delete'>;
};

export type PlanSection = {
  kind: SectionKind;
  text: string;
  /** 0 when nothing was written yet. */
  version: number;
  updatedAt: string | null;
  updatedBy: Name | null;
  policies: Array<'read' | 'update'>;
};

export type DossierAction = {
  id: string;
  dossierId: string;
  createdOn: string;
  createdBy: Name;
  kind: 'free' | 'standard';
  standardAction: Coded | null;
  text: string;
  assignee: string | null;
  contactName: string | null;
  plannedOn: string | null;
  doneOn: string | null;
  version: number;
  policies: Array<'read' | 'create' | 'update' | 'delete'>;
};

export type Professional = Name & { personId: string; phone: string | null; email: string | null; organisation: string | null; responsible: boolean };
export type MailLanguage = 'nl' | 'en';
export type RelativeAccess = Name & {
  personId: string;
  relation: string;
  level: Level;
  actsOnBehalf: boolean;
  hasAccount: boolean;
  /** The language mails to the relative are written in. */
  language: MailLanguage;
  version: number;
  policies: Array<'read' | 'create' | 'update' | 'revoke'>;
};
export type InvolvedParty = { id: string; name: string; contactName: string | null; phone: string | null; email: string | null; version: number; policies: string[] };
export type SpecialistService = {
  id: string;
  product: string;
  supplier: string;
  startsOn: string | null;
  endsOn: string | null;
  status: ServiceStatus;
  version: number;
  policies: string[];
};

export type DossierPage = Omit<DossierSummary, 'organisation'> & {
  version: number;
  organisation: { name: string; phone: string | null; email: string | null };
  professionals: Professional[];
  /** Absent when the caller may not see who has access. */
  relatives?: RelativeAccess[];
  involvedParties: InvolvedParty[];
  journal: { items: JournalEntry[]; total: number };
  planSections: PlanSection[];
  services: SpecialistService[];
  /** Only for the resident and the dossier's coaches. */
  actions?: DossierAction[];
  policies: Array<'read' | 'update' | 'close'>;
  /** For professionals who may invite: whether the resident can sign in. */
  residentAccount?: 'none' | 'invited' | 'active' | 'deactivated';
  can: { addJournalEntry: boolean; addAction: boolean; addService: boolean; addInvolvedParty: boolean; addRelative: boolean; readAccessLog: boolean };
};

export type CaseloadItem = {
  id: string;
  fileNumber: string;
  resident: Name & { dateOfBirth: string | null };
  team: { name: string };
  registeredOn: string;
  closedOn: string | null;
  lastActivityAt: string;
  /** false: outside my reach; opening needs a reason (doorbraak). */
  reachable: boolean;
  mine: boolean;
};
export type CaseloadQuery = { q?: string; scope: 'mine' | 'team' | 'tenant'; status: 'open' | 'closed' | 'all'; page: number; pageSize?: number };

export type AccessLogEntry = {
  occurredAt: string;
  actor: Name | null;
  organisation: string | null;
  role: string | null;
  action: string;
  objectType: string;
  /** Which part, e.g. the plan section that changed (livingSituation, future, agreements). */
  field: string | null;
  onBehalfOf: boolean;
  reason: string | null;
};
export type Catalogue = { contactType: Coded[]; lifeDomain: Coded[]; standardAction: Coded[]; closingReason: Coded[] };
export type SectionRevision = { version: number; text: string; changedAt: string; changedBy: Name | null };

/** What a 409 on a plan section carries: the text someone else saved in between. */
export type SectionConflict = { version: number; text: string; updatedAt: string | null; updatedBy: Name | null };

export type JournalInput = { occurredOn: string; contactType: string; lifeDomain?: string | null; note: string; visibleToResident: boolean };
export type ActionInput = { text: string; standardCode?: string | null; assignee?: string | null; contactName?: string | null; plannedOn?: string | null };
export type ServiceInput = { product: string; supplier: string; startsOn?: string | null; endsOn?: string | null; status: ServiceStatus };
export type InvolvedPartyInput = { name: string; contactName?: string | null; phone?: string | null; email?: string | null };
export type RelativeInput = Name & { email?: string | null; relation: string; level: Level; actsOnBehalf: boolean; invite: boolean; language: MailLanguage };
export type NewDossierInput = {
  teamId: string;
  registeredOn: string;
  residentId?: string;
  newResident?: Name & { dateOfBirth?: string | null; bsn?: string; email?: string | null; phone?: string | null };
};

const id = encodeURIComponent;
const dossierUrl = (dossierId: string) => `/api/dossiers/${id(dossierId)}`;

export const dossierKeys = {
  all: ['dossier'] as const,
  list: ['dossier', 'list'] as const,
  page: (dossierId: string) => ['dossier', 'page', dossierId] as const,
  journal: (dossierId: string, page: number) => ['dossier', 'journal', dossierId, page] as const,
  myActions: ['dossier', 'my-actions'] as const,
  caseload: (query: CaseloadQuery) => ['dossier', 'caseload', query] as const,
  accessLog: (dossierId: string, page: number) => ['dossier', 'access-log', dossierId, page] as const,
  history: (dossierId: string, kind: SectionKind) => ['dossier', 'history', dossierId, kind] as const,
  catalogue: ['dossier', 'catalogue'] as const,
};

/** A 4xx will not get better by asking again; a dropped connection might. */
const retry = (count: number, error: unknown) => !(error instanceof ProblemError && error.status < 500) && count < 2;

export const useMyDossiers = () => useQuery({ queryKey: dossierKeys.list, queryFn: () => request<{ items: DossierSummary[] }>('GET', '/api/dossiers'), retry });
export const useDossier = (dossierId: string) =>
  useQuery({ queryKey: dossierKeys.page(dossierId), queryFn: () => request<DossierPage>('GET', dossierUrl(dossierId)), retry });
export const useMyActions = () =>
  useQuery({ queryKey: dossierKeys.myActions, queryFn: () => request<{ items: Array<DossierAction & { fileNumber: string }> }>('GET', '/api/me/actions'), retry });
/** The teams I belong to; the new-dossier form offers those where `canOpenDossier`. */
export const useMyTeams = () =>
  useQuery({
    queryKey: ['dossier', 'my-teams'],
    queryFn: () => request<{ items: Array<{ id: string; name: string; teamType: string; canOpenDossier: boolean }> }>('GET', '/api/me/teams'),
    staleTime: 10 * 60_000,
    retry,
  });
/**
 * The unread-message count on the portal's home page. GET /api/messages/unread-count belongs to the messages module;
 * features do not import each other, so this one call is repeated here.
 */
export const useUnreadMessages = () =>
  useQuery({ queryKey: ['dossier', 'unread-messages'], queryFn: () => request<{ unread: number }>('GET', '/api/messages/unread-count'), retry });
export const useCatalogue = () =>
  useQuery({ queryKey: dossierKeys.catalogue, queryFn: () => request<Catalogue>('GET', '/api/catalogue'), staleTime: 10 * 60_000, retry });
export const useJournal = (dossierId: string, page: number) =>
  useQuery({
    queryKey: dossierKeys.journal(dossierId, page),
    queryFn: () => request<{ items: JournalEntry[]; total: number }>('GET', `${dossierUrl(dossierId)}/journal?page=${page}&pageSize=25`),
    retry,
  });
export const useAccessLog = (dossierId: string, page: number) =>
  useQuery({
    queryKey: dossierKeys.accessLog(dossierId, page),
    queryFn: () => request<{ items: AccessLogEntry[]; total: number }>('GET', `${dossierUrl(dossierId)}/access-log?page=${page}&pageSize=25`),
    retry,
  });
export const useSectionHistory = (dossierId: string, kind: SectionKind, enabled: boolean) =>
  useQuery({
    queryKey: dossierKeys.history(dossierId, kind),
    queryFn: () => request<{ items: SectionRevision[] }>('GET', `${dossierUrl(dossierId)}/plan-sections/${kind}/history`),
    enabled,
    retry,
  });

export function useCaseload(query: CaseloadQuery) {
  const params = new URLSearchParams({ scope: query.scope, status: query.status, page: String(query.page), pageSize: String(query.pageSize ?? 25) });
  if (query.q) params.set('q', query.q);
  return useQuery({
    queryKey: dossierKeys.caseload(query),
    queryFn: () => request<{ items: CaseloadItem[]; total: number; totalIsLowerBound: boolean }>('GET', `/api/caseload?${params.toString()}`),
    enabled: query.scope !== 'tenant' || (query.q?.length ?? 0) >= 3,
    retry,
  });
}

/** Writes to one dossier; each refreshes the dossier page (and lists that show its parts) when it succeeds. */
export function useDossierWrites(dossierId: string) {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: dossierKeys.all });
  const write = <I, O>(call: (input: I) => Promise<O>) => useMutation({ mutationFn: call, onSuccess: done });
  const url = dossierUrl(dossierId);
  return {
    addJournalEntry: write((input: JournalInput) => request<{ id: string; version: number }>('POST', `${url}/journal`, input)),
    updateJournalEntry: write(({ entryId, ...input }: JournalInput & { entryId: string; version: number }) =>
      request<{ id: string; version: number }>('PUT', `${url}/journal/${id(entryId)}`, input),
    ),
    addAction: write((input: ActionInput) => request<{ id: string; version: number }>('POST', `${url}/actions`, input)),
    updateAction: write(({ actionId, ...input }: ActionInput & { actionId: string; version: number; doneOn?: string | null }) =>
      request<{ id: string; version: number }>('PUT', `${url}/actions/${id(actionId)}`, input),
    ),
    markActionDone: write(({ actionId, ...input }: { actionId: string; version: number; done: boolean }) =>
      request<{ id: string; version: number; doneOn: string | null }>('POST', `${url}/actions/${id(actionId)}/done`, input),
    ),
    removeAction: write(({ actionId, version }: { actionId: string; version: number }) => request<void>('DELETE', `${url}/actions/${id(actionId)}`, { version })),
    /** A 409 answer is a ProblemError whose `current` is a SectionConflict (see sectionConflictOf). */
    savePlanSection: write(({ kind, ...input }: { kind: SectionKind; version: number; text: string }) =>
      request<{ kind: SectionKind; version: number; updatedAt: string }>('PUT', `${url}/plan-sections/${kind}`, input),
    ),
    addService: write((input: ServiceInput) => request<{ id: string; version: number }>('POST', `${url}/services`, input)),
    updateService: write(({ serviceId, ...input }: ServiceInput & { serviceId: string; version: number }) =>
      request<{ id: string; version: number }>('PUT', `${url}/services/${id(serviceId)}`, input),
    ),
    removeService: write(({ serviceId, version }: { serviceId: string; version: number }) => request<void>('DELETE', `${url}/services/${id(serviceId)}`, { version })),
    addInvolvedParty: write((input: InvolvedPartyInput) => request<{ id: string; version: number }>('POST', `${url}/involved-parties`, input)),
    updateInvolvedParty: write(({ partyId, ...input }: InvolvedPartyInput & { partyId: string; version: number }) =>
      request<{ id: string; version: number }>('PUT', `${url}/involved-parties/${id(partyId)}`, input),
    ),
    removeInvolvedParty: write(({ partyId, version }: { partyId: string; version: number }) =>
      request<void>('DELETE', `${url}/involved-parties/${id(partyId)}`, { version }),
    ),
    addRelative: write((input: RelativeInput) => request<{ personId: string }>('POST', `${url}/relatives`, input)),
    updateRelative: write(({ personId, ...input }: { personId: string; version: number; relation: string; level: Level; actsOnBehalf: boolean; language: MailLanguage }) =>
      request<{ version: number }>('PUT', `${url}/relatives/${id(personId)}`, input),
    ),
    revokeRelative: write(({ personId, version }: { personId: string; version: number }) => request<void>('DELETE', `${url}/relatives/${id(personId)}`, { version })),
    close: write((input: { version: number; closedOn: string; closingReason: string }) => request<{ version: number }>('POST', `${url}/close`, input)),
    inviteResident: write((input: { email: string }) => request<{ expiresAt: string }>('POST', `${url}/invite-resident`, input)),
    breakGlass: write((input: { reason: string }) => request<{ expiresAt: string }>('POST', `${url}/break-glass`, input)),
  };
}

export function useOpenDossier() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDossierInput) => request<{ id: string; fileNumber: string; residentId: string }>('POST', '/api/dossiers', input),
    onSuccess: () => client.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}

/** The other person's text from a 409 on a plan section, or null for any other error. */
export function sectionConflictOf(error: unknown): SectionConflict | null {
  if (!(error instanceof ProblemError) || error.status !== 409) return null;
  return error.current as SectionConflict | null;
}

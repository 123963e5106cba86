import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError, request, requestHeaders, type FieldError } from '../identity/http';
import type { TimeBlock } from './time';

/** Everything the care feature says to the server: planning (/visits), care reports and the care plan. */

export const visitKinds = ['personalCare', 'householdHelp', 'nursing', 'support'] as const;
export type VisitKind = (typeof visitKinds)[number];

export type Visit = {
  id: string;
  dossierId: string;
  kind: VisitKind;
  professionalFirstName: string | null;
  startsAt: string | null;
  endsAt: string | null;
  /** Name and times left out by the server (residential location, seed 003). */
  detailsHidden: boolean;
  organisation: { name: string };
  version: number;
  policies: Array<'read' | 'readDetails' | 'update' | 'delete'>;
};

export type VisitMonth = {
  month: string;
  policies: Array<'create'>;
  days: Array<{ date: string; blocks: Array<{ block: TimeBlock; visits: Visit[] }> }>;
};

export type VisitInput = { kind: VisitKind; professionalFirstName: string; startsAt: string; endsAt: string };

export type CareReport = {
  id: string;
  dossierId: string;
  writtenAt: string;
  author: { firstName: string; surname: string };
  organisation: { name: string };
  text: string;
  visibleToResident: boolean;
};
export type CareReportPage = { items: CareReport[]; total: number; policies: Array<'create'> };

export type PlanSectionKind = 'livingSituation' | 'future' | 'agreements';
export type CarePlan = {
  dossierId: string;
  source: 'planSections';
  sections: Array<{ kind: PlanSectionKind; text: string; updatedAt: string }>;
  dossier: { teamName: string; fileNumber: string };
};

const dossierBase = (dossierId: string) => `/api/dossiers/${encodeURIComponent(dossierId)}`;
const noRetryOnRefusal = (count: number, error: unknown) => !(error instanceof ProblemError && error.status < 500) && count < 2;

export const careKey = ['care'] as const;
export const planningKey = (scope: string, month: string) => ['care', 'visits', scope, month] as const;
export const reportsKey = (scope: string) => ['care', 'reports', scope] as const;
export const reportPageSize = 10;

/** The portal's planning (scope 'mine') or one dossier's, for a month. */
export function useVisitMonth(dossierId: string | null, month: string) {
  return useQuery({
    queryKey: planningKey(dossierId ?? 'mine', month),
    queryFn: () =>
      request<VisitMonth>('GET', dossierId ? `${dossierBase(dossierId)}/visits?month=${month}` : `/api/visits?month=${month}`),
    retry: noRetryOnRefusal,
    placeholderData: (previous) => previous,
  });
}

function invalidatePlanning(queryClient: ReturnType<typeof useQueryClient>) {
  return queryClient.invalidateQueries({ queryKey: ['care', 'visits'] });
}

export function usePlanVisit(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitInput) => request<Visit>('POST', `${dossierBase(dossierId)}/visits`, input),
    onSuccess: () => invalidatePlanning(queryClient),
  });
}

export function useChangeVisit(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: VisitInput & { id: string; version: number }) =>
      request<Visit>('PUT', `${dossierBase(dossierId)}/visits/${encodeURIComponent(id)}`, input),
    onSettled: () => invalidatePlanning(queryClient),
  });
}

export function useCancelVisit(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (visit: Pick<Visit, 'id' | 'version'>) =>
      request<void>('DELETE', `${dossierBase(dossierId)}/visits/${encodeURIComponent(visit.id)}`, { version: visit.version }),
    onSettled: () => invalidatePlanning(queryClient),
  });
}

async function problemOf(response: Response): Promise<ProblemError> {
  const body = (await response.json().catch(() => ({}))) as Partial<{ title: string; detail: string; errors: FieldError[] }>;
  return new ProblemError(response.status, body.title ?? response.statusText, body.detail ?? '', Array.isArray(body.errors) ? body.errors : [], null);
}

/** Sends the file's bytes as text/csv (the server decodes UTF-8 or Excel's Windows-1252). */
export async function importVisits(dossierId: string, file: File): Promise<{ imported: number }> {
  const response = await fetch(`${dossierBase(dossierId)}/visits/import`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...requestHeaders(), 'content-type': 'text/csv' },
    body: file,
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as { imported: number };
}

export function useImportVisits(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (file: File) => importVisits(dossierId, file), onSuccess: () => invalidatePlanning(queryClient) });
}

/** Care reports newest first, page by page ("meer laden"): the portal's across dossiers, or one dossier's. */
export function useCareReports(dossierId: string | null) {
  return useInfiniteQuery({
    queryKey: reportsKey(dossierId ?? 'mine'),
    queryFn: ({ pageParam }) =>
      request<CareReportPage>(
        'GET',
        `${dossierId ? `${dossierBase(dossierId)}/care-reports` : '/api/care-reports'}?page=${pageParam}&pageSize=${reportPageSize}`,
      ),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * reportPageSize < last.total ? pages.length + 1 : undefined),
    retry: noRetryOnRefusal,
  });
}

export function useWriteReport(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; visibleToResident: boolean }) => request<CareReport>('POST', `${dossierBase(dossierId)}/care-reports`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsKey(dossierId) }),
  });
}

export function useCarePlans() {
  return useQuery({
    queryKey: ['care', 'plans'],
    queryFn: () => request<{ items: CarePlan[] }>('GET', '/api/care-plans').then((answer) => answer.items),
    retry: noRetryOnRefusal,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError, request } from '../identity/http';

/**
 * Everything the plan page says to the server: /api/dossiers/:id/plans, /api/plans/:id and its fields, goals, scores
 * and signatures. Shapes mirror the OpenAPI at /api/docs (tag "plan").
 */

export type FieldView = { value: unknown; version: number; updatedAt: string; updatedBy: string };
export type Fields = Record<string, FieldView | undefined>;
export type Change = { at: string; by: string } | null;
export type BlockLevel = 'none' | 'view' | 'write';
export type GoalStatus = 'open' | 'achieved' | 'notAchieved' | 'stopped';
export type RaterKind = 'resident' | 'professional' | 'network';

export type Scale = { min: number; max: number; minLabel: string; maxLabel: string };
export type QuestionType = 'shortText' | 'longText' | 'date' | 'yesNo' | 'singleChoice' | 'multipleChoice' | 'number' | 'scale';
export type Question = {
  key: string;
  type: QuestionType;
  label: string;
  help?: string;
  required: boolean;
  options?: Array<{ key: string; label: string }>;
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
};

/** Who corrected a row and when; null for a row as first entered. */
export type Corrected = { at: string; by: string } | null;
export type MeasurementValue = { id: string; value: number; measuredOn: string; note: string; by: string; recordedAt: string };
/** A current measurement; `earlier` holds the values it replaced (newest first) when it was corrected. */
export type Measurement = MeasurementValue & { corrected: Corrected; earlier: MeasurementValue[] };
export type LifeDomain = { code: string; label: { nl: string; en: string } };
export type PlanAction = { id: string; version: number; fields: Fields };
export type Goal = {
  id: string;
  version: number;
  status: GoalStatus;
  position: number;
  policies: Array<'read' | 'write' | 'measure' | 'remove'>;
  fields: Fields;
  lifeDomain: LifeDomain | null;
  measurements: Measurement[];
  actions: PlanAction[];
};
export type ScoreSet = {
  id: string;
  rater: string;
  raterKind: RaterKind;
  measuredOn: string;
  instrumentVersion: string;
  scores: Array<{ domainKey: string; score: number; note: string }>;
  policies: Array<'read' | 'correct'>;
  corrected: Corrected;
  earlier: Array<{ id: string; measuredOn: string; rater: string; recordedAt: string; scores: Array<{ domainKey: string; score: number; note: string }> }>;
};
export type Signature = {
  id: string;
  name: string;
  role: string;
  kind: 'approved' | 'seen';
  signedOn: string;
  revision: number;
  current: boolean;
  signInMethod: string;
  /** Whether the PDF frozen at signing can be downloaded. */
  hasPdf?: boolean;
};

type BlockBase = {
  key: string;
  title: string;
  help: string | null;
  level: BlockLevel;
  policies: Array<'read' | 'write'>;
  lastChange: Change;
  fields: Fields;
};
export type TextBlock = BlockBase & { type: 'text'; definition: { type: 'text' } };
export type QuestionnaireBlock = BlockBase & { type: 'questionnaire'; definition: { type: 'questionnaire'; questions: Question[] } };
export type WatTeltBlock = BlockBase & {
  type: 'watTelt';
  definition: { type: 'watTelt'; domains: Array<{ key: string; label: string }>; scale: Scale };
  scoreSets: ScoreSet[];
};
export type ZrmBlock = BlockBase & { type: 'zrm'; definition: { type: 'zrm'; domains: string[] }; scoreSets: ScoreSet[] };
export type GoalsBlock = BlockBase & {
  type: 'goals';
  definition: { type: 'goals'; targetDate: boolean; lifeDomain: boolean; measurements: Scale | null; actions: boolean };
  goals: Goal[];
};
export type ServicesBlock = BlockBase & { type: 'services'; definition: { type: 'services' } };
export type DocumentsBlock = BlockBase & { type: 'documents'; definition: { type: 'documents' } };
export type SignaturesBlock = BlockBase & { type: 'signatures'; definition: { type: 'signatures'; kinds: Array<'approved' | 'seen'> }; signatures: Signature[] };
export type Block = TextBlock | QuestionnaireBlock | WatTeltBlock | ZrmBlock | GoalsBlock | ServicesBlock | DocumentsBlock | SignaturesBlock;

export type Plan = {
  id: string;
  dossierId: string;
  title: string;
  version: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
  lastChangedBy: string | null;
  template: { id: string; name: string; versionId: string; number: number; latestNumber: number };
  policies: Array<'read' | 'update' | 'manageRights' | 'sign'>;
  blocks: Block[];
};

export type PlanList = {
  items: Array<{ id: string; title: string; updatedAt: string; revision: number }>;
  policies: Array<'read' | 'create'>;
};

export type HistoryItem = { version: number; value: unknown; changedAt: string; changedBy: string; onBehalfOf: string | null };
export type Coded = { code: string; label: string };

/** Where a field lives: its block, the goal or action it belongs to (null for a block's own field) and its key. */
export type FieldAddress = { blockKey: string; itemId: string | null; fieldKey: string };

export const planKeys = {
  list: (dossierId: string) => ['plan', 'list', dossierId] as const,
  plan: (planId: string) => ['plan', 'one', planId] as const,
  history: (planId: string, address: FieldAddress) => ['plan', 'history', planId, address.blockKey, address.itemId ?? '', address.fieldKey] as const,
  lifeDomains: ['plan', 'lifeDomains'] as const,
};

/** A missing plan (404), a stranger's (404) or an address that cannot be one (400) will not appear on a retry. */
const retry = (count: number, error: unknown) => !(error instanceof ProblemError && error.status < 500) && count < 2;

export const usePlans = (dossierId: string) =>
  useQuery({ queryKey: planKeys.list(dossierId), queryFn: () => request<PlanList>('GET', `/api/dossiers/${encodeURIComponent(dossierId)}/plans`), retry });

export const usePlan = (planId: string) =>
  useQuery({ queryKey: planKeys.plan(planId), queryFn: () => request<Plan>('GET', `/api/plans/${encodeURIComponent(planId)}`), retry });

export const useFieldHistory = (planId: string, address: FieldAddress, enabled: boolean) =>
  useQuery({
    queryKey: planKeys.history(planId, address),
    queryFn: () => {
      const query = new URLSearchParams({ blockKey: address.blockKey, fieldKey: address.fieldKey });
      if (address.itemId) query.set('itemId', address.itemId);
      return request<{ items: HistoryItem[] }>('GET', `/api/plans/${encodeURIComponent(planId)}/fields/history?${query.toString()}`);
    },
    enabled,
    retry,
    staleTime: 0,
  });

/** The tenant's life domains (the dossier catalogue), for a goal's life domain. */
export const useLifeDomains = () =>
  useQuery({
    queryKey: planKeys.lifeDomains,
    queryFn: async () => (await request<{ lifeDomain: Coded[] }>('GET', '/api/catalogue')).lifeDomain,
    staleTime: 10 * 60_000,
    retry,
  });

/** Saves one field on the version it was based on; a 409 ProblemError carries the current field in `current`. */
export const saveField = (planId: string, address: FieldAddress, value: unknown, version: number) =>
  request<FieldView>('PUT', `/api/plans/${encodeURIComponent(planId)}/fields`, { ...address, value, version });

function usePlanMutation<I, R>(planId: string, send: (input: I) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => client.invalidateQueries({ queryKey: planKeys.plan(planId) }),
  });
}

/** The plan as a PDF, as far as the caller may see it; and the PDF frozen when a signature was made. */
/** A link, not a fetch: it names the page's language, which the browser's Accept-Language may not match. */
export const pdfUrl = (planId: string, language: string) => `/api/plans/${encodeURIComponent(planId)}/pdf?lang=${language === 'en' ? 'en' : 'nl'}`;
export const signaturePdfUrl = (planId: string, signatureId: string) => `/api/plans/${encodeURIComponent(planId)}/signatures/${signatureId}/pdf`;

const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export type GoalInput = { title: string; description?: string; targetDate?: string | null; lifeDomain?: string | null };
export const useAddGoal = (planId: string, blockKey: string) =>
  usePlanMutation(planId, (input: GoalInput) => request<{ id: string }>('POST', `${base(planId)}/blocks/${encodeURIComponent(blockKey)}/goals`, input));

export type ScoreInput = { measuredOn: string; scores: Array<{ domainKey: string; score: number; note: string }> };
export const useAddScores = (planId: string, blockKey: string) =>
  usePlanMutation(planId, (input: ScoreInput) => request<{ id: string; raterKind: RaterKind }>('POST', `${base(planId)}/blocks/${encodeURIComponent(blockKey)}/scores`, input));

export type StatusInput = { status: GoalStatus; reason: string; version: number; reasonVersion: number };
export const useGoalStatus = (planId: string, goalId: string) =>
  usePlanMutation(planId, (input: StatusInput) => request<{ version: number; status: GoalStatus }>('PUT', `${base(planId)}/goals/${goalId}/status`, input));

export type ActionInput = { title: string; who?: string; plannedOn?: string | null };
export const useAddAction = (planId: string, goalId: string) =>
  usePlanMutation(planId, (input: ActionInput) => request<{ id: string }>('POST', `${base(planId)}/goals/${goalId}/actions`, input));

export type MeasurementInput = { value: number; measuredOn: string; note: string };
export const useAddMeasurement = (planId: string, goalId: string) =>
  usePlanMutation(planId, (input: MeasurementInput) => request<{ id: string }>('POST', `${base(planId)}/goals/${goalId}/measurements`, input));

/** A correction: new values, or `withdrawn` (with a reason for a measurement). A 409 carries the current row in `current`. */
export type MeasurementCorrection = { value: number; measuredOn: string; note: string } | { withdrawn: true; reason: string };
export const useCorrectMeasurement = (planId: string) =>
  usePlanMutation(planId, ({ measurementId, correction }: { measurementId: string; correction: MeasurementCorrection }) =>
    request<{ id: string; replacesId: string; withdrawn: boolean }>('POST', `${base(planId)}/measurements/${measurementId}/corrections`, correction),
  );

export type ScoreCorrection = ScoreInput | { withdrawn: true };
export const useCorrectScores = (planId: string) =>
  usePlanMutation(planId, ({ setId, correction }: { setId: string; correction: ScoreCorrection }) =>
    request<{ id: string; replacesId: string; withdrawn: boolean }>('POST', `${base(planId)}/score-sets/${setId}/corrections`, correction),
  );

export const useRemoveItem = (planId: string) =>
  usePlanMutation(planId, ({ itemId, version }: { itemId: string; version: number }) => request<void>('DELETE', `${base(planId)}/items/${itemId}`, { version }));

export const useSign = (planId: string) =>
  usePlanMutation(planId, (kind: 'approved' | 'seen') => request<{ id: string; revision: number }>('POST', `${base(planId)}/signatures`, { kind }));

/** Refetches the plan, e.g. after a field was saved, so each block's "last changed" line is current. */
export function useRefreshPlan(planId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: planKeys.plan(planId) });
}

/** Asking linked people to sign: whom one may ask and the requests (all for the plan's editors, one's own otherwise). */
export type SignatureRequest = { id: string; personId: string; name: string; kind: 'approved' | 'seen'; requestedAt: string; requestedBy: string; open: boolean };
export type SignatureRequests = { candidates: Array<{ personId: string; name: string; relation: string }>; items: SignatureRequest[] };
/** Under the plan's key, so signing (which refreshes the plan) refreshes the requests too. */
const requestsKey = (planId: string) => [...planKeys.plan(planId), 'signature-requests'] as const;
export const useSignatureRequests = (planId: string) =>
  useQuery({ queryKey: requestsKey(planId), queryFn: () => request<SignatureRequests>('GET', `${base(planId)}/signature-requests`), retry });
export const useRequestSignatures = (planId: string) =>
  usePlanMutation(planId, (input: { personIds: string[]; kind: 'approved' | 'seen' }) => request<{ ids: string[] }>('POST', `${base(planId)}/signature-requests`, input));

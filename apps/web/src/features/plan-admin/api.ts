import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError, request } from '../identity/http';

/**
 * Everything the plan engine's set-up screens say to the server: templates (/api/plan-templates), the user groups to
 * limit them to or give a plan to, the question library (/api/plan-questions), making a plan in a dossier, and the rights inside a plan.
 */

export const questionTypes = ['shortText', 'longText', 'date', 'yesNo', 'singleChoice', 'multipleChoice', 'number', 'scale'] as const;
export type QuestionType = (typeof questionTypes)[number];
export const blockTypes = ['text', 'questionnaire', 'watTelt', 'zrm', 'goals', 'services', 'documents', 'signatures'] as const;
export type BlockType = (typeof blockTypes)[number];
/** The 13 domains of the Zelfredzaamheid-Matrix 2017, in its order. */
export const zrmDomains = [
  'finances',
  'workEducation',
  'timeUse',
  'housing',
  'domesticRelations',
  'mentalHealth',
  'physicalHealth',
  'substanceUse',
  'basicAdl',
  'instrumentalAdl',
  'socialNetwork',
  'participation',
  'justice',
] as const;
export type ZrmDomain = (typeof zrmDomains)[number];
export const signatureKinds = ['approved', 'seen'] as const;
export type SignatureKind = (typeof signatureKinds)[number];

export type Scale = { min: number; max: number; minLabel: string; maxLabel: string };
export type Option = { key: string; label: string };
export type Question = {
  key: string;
  type: QuestionType;
  label: string;
  help?: string;
  required: boolean;
  options?: Option[];
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
};
type Base = { key: string; title: string; help?: string };
export type Block =
  | (Base & { type: 'text' | 'services' | 'documents' })
  | (Base & { type: 'questionnaire'; questions: Question[] })
  | (Base & { type: 'watTelt'; domains: Option[]; scale: Scale })
  | (Base & { type: 'zrm'; domains: ZrmDomain[] })
  | (Base & { type: 'goals'; targetDate: boolean; lifeDomain: boolean; measurements: Scale | null; actions: boolean })
  | (Base & { type: 'signatures'; kinds: SignatureKind[] });

export type VersionSummary = { id: string; number: number; publishedAt: string; publishedBy: string };
export type TemplateSummary = {
  id: string;
  name: string;
  description: string;
  version: number;
  updatedAt: string;
  /** Archived: not offered for new plans; plans made from it keep working. */
  archivedAt: string | null;
  latest: VersionSummary | null;
  unpublishedChanges: boolean;
  policies: string[];
};
export type Template = TemplateSummary & { userGroupIds: string[]; blocks: Block[]; versions: VersionSummary[] };
export type TemplateInput = { name: string; description: string; userGroupIds: string[]; blocks: Block[] };

/** A question in the library (/api/plan-questions); a questionnaire block takes a copy of `question`. */
export type LibraryQuestion = { id: string; key: string; question: Question; version: number; updatedAt: string; archivedAt: string | null; policies: string[] };

export type UserGroup = { id: string; name: string };
export type GroupChoice = UserGroup & { member: boolean };

export type PersonName = { firstName: string; infix: string | null; surname: string };
export type BlockLevel = 'none' | 'view' | 'write';
export type GroupLevel = 'none' | 'view' | 'edit';
export type DossierLevel = 'resident' | 'none' | 'informed' | 'view' | 'write';
export type GoalRight = { canView: boolean; canWrite: boolean; canMeasure: boolean };
export type Participant = {
  personId: string;
  name: PersonName;
  relation: string;
  dossierLevel: DossierLevel;
  portalAccess: boolean;
  blockLevels: Record<string, BlockLevel>;
  goalRights: Record<string, GoalRight>;
};
export type Rights = { version: number; participants: Participant[]; groups: Array<{ userGroupId: string; name: string; level: GroupLevel }> };
export type RightsInput = {
  version: number;
  participants: Array<{ personId: string; portalAccess: boolean; blockLevels: Record<string, BlockLevel> }>;
  groups: Array<{ userGroupId: string; level: GroupLevel }>;
};

type Field = { value: unknown; version: number };
/** The part of the plan view these screens read: its blocks and goals with their titles. */
export type PlanView = {
  id: string;
  dossierId: string;
  title: string;
  version: number;
  policies: string[];
  template: { id: string; name: string; number: number };
  blocks: Array<{ key: string; type: BlockType; title: string; goals?: Array<{ id: string; fields: Record<string, Field> }> }>;
};

export const fullName = (name: PersonName) => [name.firstName, name.infix, name.surname].filter(Boolean).join(' ');

const key = ['plan-admin'] as const;
const id = encodeURIComponent;
const noRetryOnRefusal = (count: number, error: unknown) => !(error instanceof ProblemError && error.status < 500) && count < 2;
export const isConflict = (error: unknown): error is ProblemError => error instanceof ProblemError && error.status === 409;

/** The templates; with `archived` only the archived ones (functional administrator). */
export function useTemplates(archived = false, enabled = true) {
  return useQuery({
    queryKey: [...key, 'templates', { archived }],
    queryFn: () => request<{ items: TemplateSummary[] }>('GET', `/api/plan-templates${archived ? '?archived=true' : ''}`).then((answer) => answer.items),
    retry: noRetryOnRefusal,
    enabled,
  });
}

export function useTemplate(templateId: string) {
  return useQuery({
    queryKey: [...key, 'templates', templateId],
    queryFn: () => request<Template>('GET', `/api/plan-templates/${id(templateId)}`),
    retry: noRetryOnRefusal,
  });
}

/** All user groups of the tenant (the functional administrator limits templates to them). */
export function useUserGroups() {
  return useQuery({
    queryKey: [...key, 'user-groups'],
    queryFn: () => request<{ items: UserGroup[] }>('GET', '/api/user-groups').then((answer) => answer.items),
    retry: noRetryOnRefusal,
  });
}

/** The groups a professional gives a new plan to, with the ones they are in marked. */
export function useGroupChoices() {
  return useQuery({
    queryKey: [...key, 'plan-groups'],
    queryFn: () => request<{ items: GroupChoice[] }>('GET', '/api/plan-groups').then((answer) => answer.items),
    retry: noRetryOnRefusal,
  });
}

/** Who the dossier is about, for the heading of a new plan. */
export function useDossierResident(dossierId: string) {
  return useQuery({
    queryKey: [...key, 'dossier', dossierId],
    queryFn: () => request<{ resident: PersonName }>('GET', `/api/dossiers/${id(dossierId)}`).then((answer) => answer.resident),
    retry: noRetryOnRefusal,
  });
}

export function usePlan(planId: string) {
  return useQuery({ queryKey: [...key, 'plan', planId], queryFn: () => request<PlanView>('GET', `/api/plans/${id(planId)}`), retry: noRetryOnRefusal });
}

export function useRights(planId: string) {
  return useQuery({ queryKey: [...key, 'rights', planId], queryFn: () => request<Rights>('GET', `/api/plans/${id(planId)}/rights`), retry: noRetryOnRefusal });
}

function useChange<I, O>(send: (input: I) => Promise<O>, after?: (answer: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: after,
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCreateTemplate() {
  return useChange((input: TemplateInput) => request<Template>('POST', '/api/plan-templates', input));
}

export function useSaveTemplate(templateId: string) {
  const queryClient = useQueryClient();
  return useChange(
    (input: TemplateInput & { version: number }) => request<Template>('PUT', `/api/plan-templates/${id(templateId)}`, input),
    (answer) => queryClient.setQueryData([...key, 'templates', templateId], answer),
  );
}

export function usePublishTemplate(templateId: string) {
  const queryClient = useQueryClient();
  return useChange(
    (version: number) => request<Template>('POST', `/api/plan-templates/${id(templateId)}/publish`, { version }),
    (answer) => queryClient.setQueryData([...key, 'templates', templateId], answer),
  );
}

/** Archive (`archive`) or restore (`restore`) a template with the version it was read at. */
export function useArchiveTemplate(templateId: string) {
  const queryClient = useQueryClient();
  return useChange(
    ({ action, version }: { action: 'archive' | 'restore'; version: number }) => request<Template>('POST', `/api/plan-templates/${id(templateId)}/${action}`, { version }),
    (answer) => queryClient.setQueryData([...key, 'templates', templateId], answer),
  );
}

/** The question library: the active questions, or the archived ones; `search` looks in the label. `enabled` waits until needed. */
export function useLibraryQuestions({ archived = false, search = '', enabled = true }: { archived?: boolean; search?: string; enabled?: boolean } = {}) {
  const query = new URLSearchParams();
  if (archived) query.set('archived', 'true');
  if (search.trim()) query.set('q', search.trim());
  const text = query.toString();
  return useQuery({
    queryKey: [...key, 'questions', { archived, search: search.trim() }],
    queryFn: () => request<{ items: LibraryQuestion[] }>('GET', `/api/plan-questions${text ? `?${text}` : ''}`).then((answer) => answer.items),
    retry: noRetryOnRefusal,
    enabled,
  });
}

export function useCreateLibraryQuestion() {
  return useChange((question: Question) => request<LibraryQuestion>('POST', '/api/plan-questions', { question }));
}

export function useSaveLibraryQuestion() {
  return useChange(({ questionId, question, version }: { questionId: string; question: Question; version: number }) =>
    request<LibraryQuestion>('PUT', `/api/plan-questions/${id(questionId)}`, { question, version }),
  );
}

export function useArchiveLibraryQuestion() {
  return useChange(({ questionId, action, version }: { questionId: string; action: 'archive' | 'restore'; version: number }) =>
    request<LibraryQuestion>('POST', `/api/plan-questions/${id(questionId)}/${action}`, { version }),
  );
}

export function useCreatePlan(dossierId: string) {
  return useChange((input: { templateId: string; title: string; groups: Array<{ userGroupId: string; level: 'view' | 'edit' }> }) =>
    request<{ id: string }>('POST', `/api/dossiers/${id(dossierId)}/plans`, input),
  );
}

export function useSaveRights(planId: string) {
  const queryClient = useQueryClient();
  return useChange(
    (input: RightsInput) => request<Rights>('PUT', `/api/plans/${id(planId)}/rights`, input),
    (answer) => queryClient.setQueryData([...key, 'rights', planId], answer),
  );
}

export function useSaveGoalRights(planId: string) {
  const queryClient = useQueryClient();
  return useChange(
    // `version`: the rights version the screen is based on (the plan's); a stale one answers 409 with the current rights.
    ({ goalId, version, rights }: { goalId: string; version: number; rights: Array<GoalRight & { personId: string }> }) =>
      request<Rights>('PUT', `/api/plans/${id(planId)}/goals/${id(goalId)}/rights`, { version, rights }),
    (answer) => queryClient.setQueryData([...key, 'rights', planId], answer),
  );
}

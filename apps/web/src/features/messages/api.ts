import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../identity/api';
import { ProblemError, request, requestHeaders, type FieldError } from '../identity/http';

/** Everything the messages feature says to the server: /api/messages and /api/dossiers/:id/messages|message-recipients. */

export type PersonName = { firstName: string; infix: string | null; surname: string };
export type Direction = 'sent' | 'received';

export type ThreadSummary = {
  id: string;
  dossierId: string;
  dossierFileNumber: string;
  subject: string;
  lastMessageAt: string;
  unread: boolean;
  counterpart: PersonName & { organisation: string | null };
  lastDirection: Direction;
};

export type WritableDossier = { dossierId: string; fileNumber: string; teamName: string };
export type MyThreads = { items: ThreadSummary[]; total: number; unreadCount: number; writableDossiers: WritableDossier[] };
export type DossierThreads = {
  dossier: { id: string; fileNumber: string };
  items: ThreadSummary[];
  total: number;
  unreadCount: number;
  policies: Array<'start'>;
};

export type Participant = PersonName & { personId: string; organisation: string | null };
export type Message = {
  id: string;
  sender: Participant;
  direction: Direction;
  body: string;
  sentAt: string;
  attachment: { documentId: string; fileName: string } | null;
};
export type Thread = {
  id: string;
  dossierId: string;
  dossierFileNumber: string;
  subject: string;
  participants: Participant[];
  messages: Message[];
  policies: Array<'read' | 'reply'>;
};

export type Recipient = PersonName & {
  personId: string;
  role: 'resident' | 'relative' | 'professional';
  description: string | null;
  /** A relative at level informed: cannot sign in, gets only an e-mail that the team has a message for them. */
  noticeOnly: boolean;
};

export const pageSize = 20;
const keys = {
  all: ['messages'] as const,
  mine: (page: number) => ['messages', 'mine', page] as const,
  dossier: (dossierId: string, page: number) => ['messages', 'dossier', dossierId, page] as const,
  thread: (threadId: string) => ['messages', 'thread', threadId] as const,
  unread: ['messages', 'unread'] as const,
  recipients: (dossierId: string) => ['messages', 'recipients', dossierId] as const,
};

const noRetryOnRefusal = (count: number, error: unknown) => !(error instanceof ProblemError && error.status < 500) && count < 2;
const enc = encodeURIComponent;

export function useMyThreads(page: number) {
  return useQuery({
    queryKey: keys.mine(page),
    queryFn: () => request<MyThreads>('GET', `/api/messages?page=${page}&pageSize=${pageSize}`),
    retry: noRetryOnRefusal,
  });
}

export function useDossierThreads(dossierId: string, page: number) {
  return useQuery({
    queryKey: keys.dossier(dossierId, page),
    queryFn: () => request<DossierThreads>('GET', `/api/dossiers/${enc(dossierId)}/messages?page=${page}&pageSize=${pageSize}`),
    retry: noRetryOnRefusal,
  });
}

/** Opening a thread marks it read on the server, so the lists and the unread count are fetched again after it. */
export function useThread(threadId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: keys.thread(threadId),
    queryFn: async () => {
      const thread = await request<Thread>('GET', `/api/messages/${enc(threadId)}`);
      void queryClient.invalidateQueries({ queryKey: keys.all, predicate: (query) => query.queryKey[1] !== 'thread' });
      return thread;
    },
    retry: noRetryOnRefusal,
  });
}

export function useRecipients(dossierId: string | null) {
  return useQuery({
    queryKey: keys.recipients(dossierId ?? ''),
    queryFn: () => request<{ items: Recipient[] }>('GET', `/api/dossiers/${enc(dossierId!)}/message-recipients`).then((answer) => answer.items),
    enabled: Boolean(dossierId),
    retry: noRetryOnRefusal,
  });
}

/**
 * The number of conversations with an unread message, for the navigation. Only asked while a resident or relative
 * is signed in, and never on a timer: polling would keep an idle session alive.
 */
export function useUnreadCount() {
  const me = useMe();
  const enabled = me.data?.activeRole === 'resident' || me.data?.activeRole === 'relative';
  const query = useQuery({
    queryKey: keys.unread,
    queryFn: () => request<{ unread: number }>('GET', '/api/messages/unread-count').then((answer) => answer.unread),
    enabled,
    staleTime: 30_000,
    retry: false,
  });
  return enabled ? (query.data ?? 0) : 0;
}

/** Uploads an attachment as a document of the dossier, visible to the resident, described by its file name. */
async function uploadAttachment(dossierId: string, file: File): Promise<string> {
  const form = new FormData();
  form.append('description', file.name.slice(0, 200));
  form.append('category', 'other');
  form.append('visibleToResident', 'true');
  form.append('file', file, file.name);
  const response = await fetch(`/api/dossiers/${enc(dossierId)}/documents`, { method: 'POST', credentials: 'same-origin', headers: requestHeaders(), body: form });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Partial<{ title: string; detail: string; errors: FieldError[] }>;
    // The documents API names its own fields; here the file is the message's attachment.
    const errors = (body.errors ?? []).map((error) => ({ ...error, field: 'attachment' }));
    throw new ProblemError(response.status, body.title ?? response.statusText, body.detail ?? '', errors, null);
  }
  return ((await response.json()) as { id: string }).id;
}

export const attachmentUrl = (dossierId: string, documentId: string) => `/api/dossiers/${enc(dossierId)}/documents/${enc(documentId)}/content`;

export type NewMessage = { dossierId: string; recipientPersonId: string; subject: string; body: string; file: File | null };

export function useStartThread() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewMessage) => {
      const attachmentDocumentId = input.file ? await uploadAttachment(input.dossierId, input.file) : undefined;
      const payload = {
        ...(input.recipientPersonId ? { recipientPersonId: input.recipientPersonId } : {}),
        subject: input.subject,
        body: input.body,
        ...(attachmentDocumentId ? { attachmentDocumentId } : {}),
      };
      return request<{ id: string }>('POST', `/api/dossiers/${enc(input.dossierId)}/messages`, payload);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useReply(thread: Pick<Thread, 'id' | 'dossierId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { body: string; file: File | null }) => {
      const attachmentDocumentId = input.file ? await uploadAttachment(thread.dossierId, input.file) : undefined;
      return request<{ id: string }>('POST', `/api/messages/${enc(thread.id)}/replies`, {
        body: input.body,
        ...(attachmentDocumentId ? { attachmentDocumentId } : {}),
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

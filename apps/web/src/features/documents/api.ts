import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError, request, requestHeaders, type FieldError } from '../identity/http';

/** Everything the documents feature says to the server: /api/dossiers/:id/documents. */

export const documentCategories = ['report', 'letter', 'decision', 'photo', 'other'] as const;
export type DocumentCategory = (typeof documentCategories)[number];

export type DocumentItem = {
  id: string;
  description: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  category: DocumentCategory;
  visibleToResident: boolean;
  addedAt: string;
  addedBy: { firstName: string; infix: string | null; surname: string; kind: 'professional' | 'resident' | 'relative' };
  version: number;
  policies: Array<'read' | 'delete'>;
};

export type DocumentList = { items: DocumentItem[]; policies: Array<'create'>; choosesVisibility: boolean };

/** The largest file the server keeps (it checks too; this only saves a long wait for a refusal). */
export const maxDocumentBytes = 10 * 1024 * 1024;

const base = (dossierId: string) => `/api/dossiers/${encodeURIComponent(dossierId)}/documents`;
export const documentsKey = (dossierId: string) => ['documents', dossierId] as const;
export const contentUrl = (dossierId: string, documentId: string) => `${base(dossierId)}/${encodeURIComponent(documentId)}/content`;

export function useDocuments(dossierId: string) {
  return useQuery({
    queryKey: documentsKey(dossierId),
    queryFn: () => request<DocumentList>('GET', base(dossierId)),
    retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
  });
}

export function useDeleteDocument(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: Pick<DocumentItem, 'id' | 'version'>) =>
      request<void>('DELETE', `${base(dossierId)}/${encodeURIComponent(item.id)}`, { version: item.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentsKey(dossierId) }),
  });
}

export type UploadInput = { description: string; category: DocumentCategory; visibleToResident?: boolean; file: File };

function problemOf(xhr: XMLHttpRequest): ProblemError {
  let body: Partial<{ title: string; detail: string; errors: FieldError[] }> = {};
  try {
    body = JSON.parse(xhr.responseText) as typeof body;
  } catch {
    // Not problem+json (a proxy's error page): the status is all we have.
  }
  return new ProblemError(xhr.status, body.title ?? xhr.statusText, body.detail ?? '', Array.isArray(body.errors) ? body.errors : [], null);
}

/**
 * Sends a document as multipart/form-data with XMLHttpRequest, because fetch cannot report upload progress.
 * Resolves with the new id; rejects with a ProblemError (field messages from the server) or a TypeError offline.
 */
export function uploadDocument(dossierId: string, input: UploadInput, onProgress: (fraction: number) => void): Promise<string> {
  const form = new FormData();
  form.append('description', input.description);
  form.append('category', input.category);
  if (input.visibleToResident !== undefined) form.append('visibleToResident', String(input.visibleToResident));
  form.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', base(dossierId));
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(requestHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve((JSON.parse(xhr.responseText) as { id: string }).id);
      } else {
        reject(problemOf(xhr));
      }
    });
    xhr.addEventListener('error', () => reject(new TypeError('network')));
    xhr.addEventListener('abort', () => reject(new TypeError('aborted')));
    xhr.send(form);
  });
}

export function useUploadDocument(dossierId: string, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => uploadDocument(dossierId, input, onProgress),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKey(dossierId) }),
  });
}

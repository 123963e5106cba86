import { z } from 'zod';

/** What a document is; the UI translates each. Stored as text so a tenant could get more later. */
export const documentCategories = ['report', 'letter', 'decision', 'photo', 'other'] as const;

export const dossierParams = z.object({ dossierId: z.uuid() });
export const documentParams = z.object({ dossierId: z.uuid(), documentId: z.uuid() });

export const documentSummary = z
  .object({
    id: z.uuid(),
    description: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    category: z.enum(documentCategories),
    visibleToResident: z.boolean(),
    addedAt: z.string(),
    addedBy: z.object({
      firstName: z.string(),
      infix: z.string().nullable(),
      surname: z.string(),
      kind: z.enum(['professional', 'resident', 'relative']),
    }),
    version: z.number().int(),
    policies: z.array(z.enum(['read', 'delete'])),
  })
  .meta({ id: 'DocumentSummary' });

export const documentList = z.object({
  items: z.array(documentSummary),
  policies: z.array(z.enum(['create'])).meta({ description: 'What the caller may do with this dossier’s documents as a whole' }),
  /** Whether the caller may choose "visible to the resident"; residents and relatives always share with the resident. */
  choosesVisibility: z.boolean(),
});

/** The upload form as the API description shows it; the route reads the stream itself (see upload.ts). */
export const uploadForm = z
  .object({
    description: z.string().min(1).max(200),
    category: z.enum(documentCategories),
    visibleToResident: z.enum(['true', 'false']).optional().meta({ description: 'Only professionals choose; for residents and relatives it is always true' }),
    file: z.string().meta({ format: 'binary', description: 'One file of at most 10 MB' }),
  })
  .meta({ id: 'DocumentUpload' });

export const deleteBody = z.object({ version: z.number().int().min(1) });

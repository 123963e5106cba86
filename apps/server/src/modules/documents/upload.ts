import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, validation, type FieldProblem } from '../../platform/errors.js';
import { MAX_DOCUMENT_BYTES, safeFileName, sniffMediaType } from './file-check.js';
import { documentCategories } from './schema.js';

export interface DocumentUpload {
  description: string;
  category: (typeof documentCategories)[number];
  /** `undefined` when the form did not say; the command decides what that means for the caller. */
  visibleToResident: boolean | undefined;
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** Limits for the multipart parser: one file, a few short fields. */
export const multipartLimits = { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 6, fieldSize: 4096, parts: 8, headerPairs: 100 };

const fieldsSchema = z.object({
  description: z.string().trim().min(1).max(200),
  category: z.enum(documentCategories),
  visibleToResident: z.enum(['true', 'false']).optional(),
});

function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? 'body');
    if (issue.code === 'invalid_type' && issue.input === undefined) return { field, code: 'required' };
    if (issue.code === 'too_small') return { field, code: 'required' };
    if (issue.code === 'too_big') return { field, code: 'tooLong' };
    return { field, code: 'invalid' };
  });
}

const tooLarge = () => new AppError('payloadTooLarge', { fields: [{ field: 'file', code: 'tooLarge' }] });

/**
 * Reads a document upload: the text fields, and the one file into memory (at most 10 MB, refused with 413 at the
 * first byte over). The type is sniffed from the bytes; the client's name is only a suggestion. Every problem is
 * reported per field, so the form can show it where it belongs.
 */
export async function readDocumentUpload(request: FastifyRequest): Promise<DocumentUpload> {
  if (!request.isMultipart()) throw validation([{ field: 'file', code: 'required' }]);
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts() as AsyncIterable<Multipart>) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { name: part.filename, bytes };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    if (code === 'FST_FILES_LIMIT') throw validation([{ field: 'file', code: 'invalid' }]);
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PROTO_VIOLATION') throw validation([{ field: 'body', code: 'invalid' }]);
    throw error;
  }

  const parsed = fieldsSchema.safeParse(fields);
  const problems: FieldProblem[] = parsed.success ? [] : fieldProblems(parsed.error);
  if (!file || file.bytes.length === 0) problems.push({ field: 'file', code: 'required' });
  if (!parsed.success || !file || problems.length > 0) throw validation(problems);

  const mediaType = await sniffMediaType(file.bytes, file.name);
  if (!mediaType) throw validation([{ field: 'file', code: 'fileType' }]);
  return {
    description: parsed.data.description,
    category: parsed.data.category,
    visibleToResident: parsed.data.visibleToResident === undefined ? undefined : parsed.data.visibleToResident === 'true',
    fileName: safeFileName(file.name, mediaType),
    mediaType,
    bytes: file.bytes,
  };
}

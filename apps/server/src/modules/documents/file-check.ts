import { fileTypeFromBuffer } from 'file-type';

/** The largest document we keep, whatever the tenant: large enough for a scanned letter or a phone photo. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What we accept, by the type sniffed from the content, with the file name endings that belong to it. */
const allowed: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic'],
  'image/heif': ['heif', 'heic'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'text/plain': ['txt'],
};

export const allowedMediaTypes = Object.keys(allowed);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The media type of an upload, judged from its bytes and never from what the client says: a renamed program stays a
 * program. Plain text has no signature, so it counts only as valid UTF-8 without NUL bytes and named `.txt`.
 * `null` when the type is not one we keep.
 */
export async function sniffMediaType(bytes: Buffer, fileName: string): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime in allowed ? found.mime : null;
  return extensionOf(fileName) === 'txt' && isPlainText(bytes) ? 'text/plain' : null;
}

// Control characters, and the bidirectional overrides that make "evil‮fdp.exe" look like "evilexe.pdf".
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"*:<>?|]/g;

/**
 * A file name safe to store and to offer back for download: no folders, control characters or bidi overrides, at
 * most 200 characters, and an ending that matches the sniffed type (so the computer opens it with the right program).
 */
export function safeFileName(original: string, mediaType: string): string {
  const endings = allowed[mediaType] ?? [];
  const base = (original.split(/[\\/]/).pop() ?? '').replace(unsafe, '').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').trim();
  const fitting = endings.includes(extensionOf(base)) ? base : `${base || 'document'}.${endings[0] ?? 'bin'}`;
  if (fitting.length <= 200) return fitting;
  const ending = `.${extensionOf(fitting)}`;
  return `${fitting.slice(0, 200 - ending.length).trimEnd()}${ending}`;
}

/** `Content-Disposition` for a download: an ASCII fallback and the exact name in RFC 5987 form. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%;]/g, '_') || 'document';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

import type { DocumentItem } from './api';

const typeKeys: Record<string, 'pdf' | 'jpeg' | 'png' | 'heic' | 'webp' | 'docx' | 'xlsx' | 'odt' | 'txt'> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/heif': 'heic',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain': 'txt',
};

/** The translation key of a media type's everyday name ("PDF", "Foto (JPG)"). */
export function typeKey(mediaType: string) {
  return `type.${typeKeys[mediaType] ?? 'other'}` as const;
}

/** "120 kB", "2,4 MB", in the reader's language. */
export function formatSize(bytes: number, language: string): string {
  const megabytes = bytes >= 1024 * 1024;
  const value = megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024));
  return new Intl.NumberFormat(language, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(value);
}

export function formatDate(iso: string, language: string, month: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month, year: 'numeric' }).format(new Date(iso));
}

export function personName(person: DocumentItem['addedBy']): string {
  return [person.firstName, person.infix, person.surname].filter(Boolean).join(' ');
}

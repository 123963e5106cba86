import type { Name } from '../api';

/** "Jan de Boer": first name, infix and surname as one string. */
export function fullName(name: Name): string {
  return [name.firstName, name.infix, name.surname].filter(Boolean).join(' ');
}

/** An optional text field for the server: trimmed, and null when left empty. */
export function optional(text: string): string | null {
  const value = text.trim();
  return value ? value : null;
}

/**
 * A required text field for the server: trimmed, and left out when empty so the server answers "required" for that
 * field (an empty string would come back as "too short", which reads oddly for a field left blank).
 */
export function required(text: string): string {
  const value = text.trim();
  // Typed as a string for the request body; JSON leaves the undefined out.
  return (value || undefined) as string;
}

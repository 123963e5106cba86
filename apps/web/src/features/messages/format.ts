import type { PersonName } from './api';

export const fullName = (person: PersonName) => [person.firstName, person.infix, person.surname].filter(Boolean).join(' ');

export function formatDate(iso: string, language: string) {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string) {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * *Wie heeft mijn gegevens bekeken*: the audit log says `action` + `objectType` ("update", "planSection"); the resident
 * reads a short sentence ("wijzigde het plan"). Each pair we know has its own sentence; an unknown pair falls back to
 * what was done in general ("bekeek uw gegevens"), so a new object type on the server never shows up as code.
 */
const sentences = {
  read: [
    'dossier',
    'journalEntry',
    'planSection',
    'specialistService',
    'involvedParty',
    'relativeAccess',
    'action',
    'document',
    'messageThread',
    'messageRecipient',
    'profile',
    'contactPerson',
    'visit',
    'careReport',
    'accessLog',
    'person',
    'caseload',
  ],
  create: ['dossier', 'journalEntry', 'action', 'specialistService', 'involvedParty', 'document', 'messageThread', 'message', 'contactPerson', 'visit', 'careReport', 'invitation'],
  update: ['dossier', 'journalEntry', 'planSection', 'action', 'specialistService', 'involvedParty', 'relativeAccess', 'profile', 'contactPerson', 'visit'],
  delete: ['action', 'specialistService', 'involvedParty', 'document', 'contactPerson', 'visit'],
  grant: ['breakGlass', 'relativeAccess'],
  revoke: ['relativeAccess'],
} as const;

type Sentences = typeof sentences;
type KnownAction = keyof Sentences;
export type WordingKey =
  | { [A in KnownAction]: `accessLog.what.${A}.${Sentences[A][number]}` }[KnownAction]
  | `accessLog.what.${KnownAction}.other`
  | `accessLog.what.update.planSection_${SectionKind}`
  | 'accessLog.what.other';

const sectionKinds = ['livingSituation', 'future', 'agreements'] as const;
type SectionKind = (typeof sectionKinds)[number];
const isSectionKind = (field: string | null | undefined): field is SectionKind => sectionKinds.includes(field as SectionKind);

const isKnownAction = (action: string): action is KnownAction => Object.hasOwn(sentences, action);

/** The translation key of the sentence for one access-log line. */
export function accessWordingKey(action: string, objectType: string, field?: string | null): WordingKey {
  if (!isKnownAction(action)) return 'accessLog.what.other';
  // A changed plan text names its section: "wijzigde 'Mijn/onze afspraken'".
  if (action === 'update' && objectType === 'planSection' && isSectionKind(field)) return `accessLog.what.update.planSection_${field}`;
  const objects: readonly string[] = sentences[action];
  return (objects.includes(objectType) ? `accessLog.what.${action}.${objectType}` : `accessLog.what.${action}.other`) as WordingKey;
}

/** A break of the glass (*doorbraak*): a professional outside the team opened the dossier, with a reason. */
export function isBreakGlass(objectType: string): boolean {
  return objectType === 'breakGlass';
}

/** Every key accessWordingKey can return, so a test can check each has a sentence in every language. */
export function allWordingKeys(): WordingKey[] {
  const keys: string[] = ['accessLog.what.other'];
  for (const [action, objects] of Object.entries(sentences)) {
    for (const objectType of objects) keys.push(`accessLog.what.${action}.${objectType}`);
    keys.push(`accessLog.what.${action}.other`);
  }
  for (const kind of sectionKinds) keys.push(`accessLog.what.update.planSection_${kind}`);
  return keys as WordingKey[];
}

type LoggedEntry = {
  occurredAt: string;
  actor: { firstName: string; infix: string | null; surname: string } | null;
  organisation: string | null;
  action: string;
  objectType: string;
  field?: string | null;
  onBehalfOf: boolean;
  reason: string | null;
};

/**
 * One visit to the dossier page reads every part of it and leaves one audit line per part. Consecutive lines of the
 * same person, organisation and kind of action in the same minute become one row that names each part once, so the
 * resident reads "bekeek het plan, de acties …" once instead of seven near-identical rows. A break of the glass always
 * keeps a row of its own.
 */
export function groupAccessLog<T extends LoggedEntry>(entries: readonly T[]): Array<T & { what: WordingKey[] }> {
  const rows: Array<T & { what: WordingKey[] }> = [];
  const who = (entry: LoggedEntry) => (entry.actor ? `${entry.actor.firstName} ${entry.actor.infix ?? ''} ${entry.actor.surname}` : '');
  for (const entry of entries) {
    const key = accessWordingKey(entry.action, entry.objectType, entry.field);
    const last = rows.at(-1);
    const joins =
      last !== undefined &&
      !isBreakGlass(entry.objectType) &&
      !isBreakGlass(last.objectType) &&
      who(last) === who(entry) &&
      last.organisation === entry.organisation &&
      last.action === entry.action &&
      last.onBehalfOf === entry.onBehalfOf &&
      last.occurredAt.slice(0, 16) === entry.occurredAt.slice(0, 16);
    if (joins) {
      if (!last.what.includes(key)) last.what.push(key);
    } else {
      rows.push({ ...entry, what: [key] });
    }
  }
  return rows;
}

import type { Subject } from '../../platform/policy/index.js';
import type { Question } from './blocks.js';
import { questionLibraryPolicy } from './question-library-policy.js';

export interface LibraryQuestionRow {
  id: string;
  tenantId: string;
  key: string;
  question: unknown;
  version: number;
  updatedAt: Date;
  archivedAt: Date | null;
}

/** Allow-list of a library question on the wire, with what the caller may do with it. */
export function presentLibraryQuestion(subject: Subject, row: LibraryQuestionRow) {
  return {
    id: row.id,
    key: row.key,
    question: row.question as Question,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
    policies: questionLibraryPolicy.permitted(subject, { tenantId: row.tenantId, archived: row.archivedAt !== null }),
  };
}

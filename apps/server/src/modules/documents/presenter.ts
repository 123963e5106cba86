import type { DossierSubject } from '../dossier/index.js';
import { documentPolicy, type DocumentPart } from './policy.js';
import type { DocumentRow } from './repository.js';
import type { documentCategories } from './schema.js';

export function documentPart(row: DocumentRow): DocumentPart {
  return { tenantId: row.tenant_id, visibleToResident: row.visible_to_resident, addedByPersonId: row.added_by_person_id };
}

/** Allow-list of a document on the wire, with what the caller may do with it. */
export function presentDocument(subject: DossierSubject, row: DocumentRow) {
  const permitted = documentPolicy.permitted(subject, documentPart(row));
  return {
    id: row.id,
    description: row.description,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    category: row.category as (typeof documentCategories)[number],
    visibleToResident: row.visible_to_resident,
    addedAt: new Date(row.created_at).toISOString(),
    addedBy: { firstName: row.first_name, infix: row.infix, surname: row.surname, kind: row.person_kind },
    version: row.version,
    policies: permitted.filter((action): action is 'read' | 'delete' => action === 'read' || action === 'delete'),
  };
}

import { sql, type SQL } from 'drizzle-orm';
import { documentContents, documents } from '../../db/schema/index.js';
import { queryRows, type Tx } from '../../platform/db/index.js';

export interface DocumentRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  description: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  category: string;
  visible_to_resident: boolean;
  added_by_person_id: string;
  created_at: string | Date;
  version: number;
  first_name: string;
  infix: string | null;
  surname: string;
  person_kind: 'professional' | 'resident' | 'relative';
}

const columns = sql`document.id, document.tenant_id, document.description, document.file_name, document.media_type,
  document.size_bytes, document.category, document.visible_to_resident, document.added_by_person_id,
  document.created_at, document.version, p.first_name, p.infix, p.surname, p.kind as person_kind`;

/** The dossier's documents that `readable` lets through (the policy's SQL over `document`), newest first. */
export function listDocuments(tx: Tx, dossierId: string, readable: SQL): Promise<DocumentRow[]> {
  return queryRows<DocumentRow>(
    tx,
    sql`select ${columns} from document join person p on p.id = document.added_by_person_id
        where document.dossier_id = ${dossierId}::uuid and document.removed_at is null and ${readable}
        order by document.created_at desc, document.id desc`,
  );
}

/** One document of the dossier that has not been removed; the policy decides afterwards who may see it. */
export async function findDocument(tx: Tx, dossierId: string, documentId: string): Promise<DocumentRow | null> {
  const [row] = await queryRows<DocumentRow>(
    tx,
    sql`select ${columns} from document join person p on p.id = document.added_by_person_id
        where document.id = ${documentId}::uuid and document.dossier_id = ${dossierId}::uuid and document.removed_at is null`,
  );
  return row ?? null;
}

export async function readContent(tx: Tx, documentId: string): Promise<Buffer | null> {
  const [row] = await queryRows<{ bytes: Buffer | Uint8Array }>(tx, sql`select bytes from document_content where document_id = ${documentId}::uuid`);
  if (!row) return null;
  return Buffer.isBuffer(row.bytes) ? row.bytes : Buffer.from(row.bytes);
}

export interface NewDocument {
  tenantId: string;
  dossierId: string;
  description: string;
  fileName: string;
  mediaType: string;
  category: string;
  visibleToResident: boolean;
  addedByPersonId: string;
  bytes: Buffer;
  at: Date;
}

/** Stores the metadata and the bytes, and marks the dossier as active; the caller's transaction holds the audit entry. */
export async function insertDocument(tx: Tx, input: NewDocument): Promise<string> {
  const [row] = await tx
    .insert(documents)
    .values({
      tenantId: input.tenantId,
      dossierId: input.dossierId,
      description: input.description,
      fileName: input.fileName,
      mediaType: input.mediaType,
      sizeBytes: input.bytes.length,
      category: input.category,
      visibleToResident: input.visibleToResident,
      addedByPersonId: input.addedByPersonId,
      createdAt: input.at,
      updatedAt: input.at,
    })
    .returning({ id: documents.id });
  await tx.insert(documentContents).values({ tenantId: input.tenantId, documentId: row!.id, bytes: input.bytes });
  await tx.execute(sql`update dossier set last_activity_at = ${input.at.toISOString()}::timestamptz where id = ${input.dossierId}::uuid`);
  return row!.id;
}

/**
 * Removes the stored bytes of a document in the caller's transaction (the delete flow): the row with its metadata stays
 * for the record and the audit log, the content does not. Answers whether there were bytes to remove.
 */
export async function removeContent(tx: Tx, documentId: string): Promise<boolean> {
  const rows = await queryRows<{ document_id: string }>(tx, sql`delete from document_content where document_id = ${documentId}::uuid returning document_id`);
  return rows.length > 0;
}

export async function markRemoved(tx: Tx, documentId: string, version: number, at: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update document set removed_at = ${at.toISOString()}::timestamptz, version = version + 1, updated_at = ${at.toISOString()}::timestamptz
        where id = ${documentId}::uuid and version = ${version} and removed_at is null returning id`,
  );
  return rows.length === 1;
}

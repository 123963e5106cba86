import { and, asc, eq } from 'drizzle-orm';
import { catalogueItems } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';
import { validation } from '../../platform/errors.js';
import type { Language } from '../../platform/i18n.js';
import { defaultCatalogue, type CatalogueKind } from './default-catalogue.js';

export async function listCatalogue(tx: Tx, language: Language) {
  const rows = await tx.select().from(catalogueItems).where(eq(catalogueItems.active, true)).orderBy(asc(catalogueItems.position));
  const of = (kind: CatalogueKind) =>
    rows.filter((row) => row.kind === kind).map((row) => ({ code: row.code, label: language === 'en' ? row.labelEn : row.labelNl }));
  return { contactType: of('contactType'), lifeDomain: of('lifeDomain'), standardAction: of('standardAction'), closingReason: of('closingReason') };
}

/** A code sent by a form must be an active item of that catalogue; otherwise the field is named in a 400. */
export async function requireCatalogueCode(tx: Tx, kind: CatalogueKind, code: string, field: string) {
  const [row] = await tx
    .select({ code: catalogueItems.code, labelNl: catalogueItems.labelNl, labelEn: catalogueItems.labelEn })
    .from(catalogueItems)
    .where(and(eq(catalogueItems.kind, kind), eq(catalogueItems.code, code), eq(catalogueItems.active, true)));
  if (!row) throw validation([{ field, code: 'unknown' }]);
  return row;
}

/** A new tenant's catalogues (default-catalogue.ts), in the tenant's transaction; the administrator changes them later. */
export async function insertDefaultCatalogue(tx: Tx, tenantId: string) {
  for (const [kind, items] of Object.entries(defaultCatalogue) as Array<[CatalogueKind, ReadonlyArray<readonly [string, string, string]>]>) {
    await tx.insert(catalogueItems).values(items.map(([code, labelNl, labelEn], position) => ({ tenantId, kind, code, labelNl, labelEn, position })));
  }
}

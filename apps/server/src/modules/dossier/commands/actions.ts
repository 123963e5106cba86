import { and, eq, isNull } from 'drizzle-orm';
import { dossierActions } from '../../../db/schema/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { requireCatalogueCode } from '../catalogue.js';
import { actionPolicy } from '../policy.js';
import { changeDossier, type DossierWork } from './within-dossier.js';

export interface ActionInput {
  text: string;
  standardCode?: string | null | undefined;
  assignee?: string | null | undefined;
  contactName?: string | null | undefined;
  plannedOn?: string | null | undefined;
}

async function loadAction({ tx, subject }: DossierWork, dossierId: string, actionId: string, version: number, action: 'update' | 'delete') {
  const [row] = await tx
    .select()
    .from(dossierActions)
    .where(and(eq(dossierActions.id, actionId), eq(dossierActions.dossierId, dossierId), isNull(dossierActions.removedAt)));
  if (!row) throw notFound();
  actionPolicy.authorize(subject, action, { tenantId: row.tenantId });
  if (row.version !== version) throw conflict({ version: row.version, text: row.text, plannedOn: row.plannedOn, doneOn: row.doneOn });
  return row;
}

export async function addAction(services: Services, ctx: RequestContext, dossierId: string, input: ActionInput) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    actionPolicy.authorize(subject, 'create', { tenantId: subject.tenantId });
    if (input.standardCode) await requireCatalogueCode(tx, 'standardAction', input.standardCode, 'standardCode');
    const [row] = await tx
      .insert(dossierActions)
      .values({
        tenantId: subject.tenantId,
        dossierId,
        createdByPersonId: subject.personId,
        standardCode: input.standardCode ?? null,
        text: input.text,
        assignee: input.assignee ?? null,
        contactName: input.contactName ?? null,
        plannedOn: input.plannedOn ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: dossierActions.id, version: dossierActions.version });
    await audit([{ action: 'create', objectType: 'action', objectId: row!.id }]);
    return row!;
  });
}

export async function updateAction(
  services: Services,
  ctx: RequestContext,
  dossierId: string,
  actionId: string,
  input: ActionInput & { version: number; doneOn?: string | null | undefined },
) {
  return changeDossier(services, ctx, dossierId, async (work) => {
    const row = await loadAction(work, dossierId, actionId, input.version, 'update');
    // Editing what an action says is the coach's; the resident only ticks it off (markActionDone).
    actionPolicy.authorize(work.subject, 'create', { tenantId: row.tenantId });
    if (input.standardCode) await requireCatalogueCode(work.tx, 'standardAction', input.standardCode, 'standardCode');
    await work.tx
      .update(dossierActions)
      .set({
        standardCode: input.standardCode ?? null,
        text: input.text,
        assignee: input.assignee ?? null,
        contactName: input.contactName ?? null,
        plannedOn: input.plannedOn ?? null,
        doneOn: input.doneOn ?? null,
        version: row.version + 1,
        updatedAt: work.now,
      })
      .where(and(eq(dossierActions.id, actionId), eq(dossierActions.version, input.version)));
    await work.audit([{ action: 'update', objectType: 'action', objectId: actionId }]);
    return { id: actionId, version: row.version + 1 };
  });
}

/** The resident (or the coach) ticks an action off, or undoes that. */
export async function markActionDone(services: Services, ctx: RequestContext, dossierId: string, actionId: string, input: { version: number; done: boolean }) {
  return changeDossier(services, ctx, dossierId, async (work) => {
    const row = await loadAction(work, dossierId, actionId, input.version, 'update');
    const doneOn = input.done ? work.now.toISOString().slice(0, 10) : null;
    await work.tx
      .update(dossierActions)
      .set({ doneOn, version: row.version + 1, updatedAt: work.now })
      .where(and(eq(dossierActions.id, actionId), eq(dossierActions.version, input.version)));
    await work.audit([{ action: 'update', objectType: 'action', objectId: actionId, field: 'doneOn', details: { done: input.done } }]);
    return { id: actionId, version: row.version + 1, doneOn };
  });
}

export async function removeAction(services: Services, ctx: RequestContext, dossierId: string, actionId: string, version: number) {
  return changeDossier(services, ctx, dossierId, async (work) => {
    const row = await loadAction(work, dossierId, actionId, version, 'delete');
    await work.tx
      .update(dossierActions)
      .set({ removedAt: work.now, version: row.version + 1, updatedAt: work.now })
      .where(and(eq(dossierActions.id, actionId), eq(dossierActions.version, version)));
    await work.audit([{ action: 'delete', objectType: 'action', objectId: actionId }]);
  });
}

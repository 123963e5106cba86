import { and, eq, isNull, sql } from 'drizzle-orm';
import { planFieldRevisions, planFields, planItems } from '../../../db/schema/index.js';
import { queryRows, type Tx } from '../../../platform/db/index.js';
import { conflict, notFound, validation, type FieldProblem } from '../../../platform/errors.js';
import { fieldCode } from '../../../platform/http/problem-handler.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { requireCatalogueCode } from '../../dossier/catalogue.js';
import { fieldSchema, type Block } from '../blocks.js';
import { planBlockPolicy, planGoalPolicy } from '../policy.js';
import { fullName } from '../presenter.js';
import type { PersonName } from '../repository.js';
import { withinPlan, type PlanWork } from '../within-plan.js';

export interface FieldAddress {
  blockKey: string;
  itemId: string | null;
  fieldKey: string;
}

/** The item a field belongs to, and the goal whose rights guard it (an action follows its goal). */
export async function itemOf(tx: Tx, planId: string, itemId: string, blockKey: string, options: { removed?: boolean } = {}) {
  const [item] = await tx
    .select()
    .from(planItems)
    .where(and(eq(planItems.id, itemId), eq(planItems.planId, planId), eq(planItems.blockKey, blockKey), options.removed ? undefined : isNull(planItems.removedAt)));
  if (!item) throw notFound();
  return { item, goalId: item.kind === 'goal' ? item.id : item.parentId! };
}

/**
 * Checks that the caller may read (404 otherwise) and, for `write`, change the place the field lives: the block, or
 * the goal for a goal's or action's field.
 */
export async function authorizeField(w: Pick<PlanWork, 'tx' | 'subject' | 'plan'>, address: FieldAddress, action: 'read' | 'write') {
  const block = w.plan.blocks.find((b) => b.key === address.blockKey);
  if (!block) throw notFound();
  planBlockPolicy.authorize(w.subject, 'read', { tenantId: w.subject.tenantId, blockKey: block.key });
  if (!address.itemId) {
    if (action === 'write') planBlockPolicy.authorize(w.subject, 'write', { tenantId: w.subject.tenantId, blockKey: block.key });
    return { block, kind: null };
  }
  // A removed goal's history stays readable (nothing is ever lost); its values can no longer be changed.
  const { item, goalId } = await itemOf(w.tx, w.plan.id, address.itemId, block.key, { removed: action === 'read' });
  planGoalPolicy.authorize(w.subject, action, { tenantId: w.subject.tenantId, blockKey: block.key, goalId });
  return { block, kind: item.kind };
}

/** The first problem zod found with a value, as the field-level problem the client shows at the field. */
function valueProblem(issues: Array<{ code: string; message: string; path: PropertyKey[] }>): FieldProblem {
  const issue = issues[0]!;
  return { field: ['value', ...issue.path.map(String)].join('.'), code: fieldCode(issue.code, issue.message) };
}

async function writeValue(w: PlanWork, address: FieldAddress, value: unknown, expectedVersion: number) {
  const { tx, subject, now } = w;
  const valueEncrypted = w.services.cipher.encrypt(JSON.stringify(value));
  const itemFilter = address.itemId ? eq(planFields.itemId, address.itemId) : isNull(planFields.itemId);
  const [current] = await tx
    .select()
    .from(planFields)
    .where(and(eq(planFields.planId, w.plan.id), eq(planFields.blockKey, address.blockKey), eq(planFields.fieldKey, address.fieldKey), itemFilter))
    .for('update');
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== expectedVersion) {
    const [by] = current ? await queryRows<PersonName>(tx, sql`select first_name as "firstName", infix, surname from person where id = ${current.updatedByPersonId}::uuid`) : [];
    throw conflict(
      current
        ? { value: JSON.parse(w.services.cipher.decrypt(current.valueEncrypted)), version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy: by ? fullName(by) : '' }
        : { value: null, version: 0, updatedAt: null, updatedBy: null },
    );
  }
  const version = currentVersion + 1;
  let fieldId: string;
  if (current) {
    fieldId = current.id;
    await tx.update(planFields).set({ valueEncrypted, version, updatedAt: now, updatedByPersonId: subject.personId }).where(eq(planFields.id, current.id));
  } else {
    const [row] = await tx
      .insert(planFields)
      .values({ tenantId: subject.tenantId, planId: w.plan.id, blockKey: address.blockKey, itemId: address.itemId, fieldKey: address.fieldKey, valueEncrypted, version, updatedByPersonId: subject.personId, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: planFields.id });
    // Someone else made the field between our read and this insert: their value wins, we answer with a conflict.
    if (!row) throw conflict({ value: null, version: 1, updatedAt: null, updatedBy: null });
    fieldId = row.id;
  }
  await tx.insert(planFieldRevisions).values({
    tenantId: subject.tenantId,
    fieldId,
    planId: w.plan.id,
    version,
    valueEncrypted,
    changedByPersonId: subject.personId,
    onBehalfOfPersonId: subject.dossier.relations.includes('guardian') ? subject.dossier.residentId : null,
    changedAt: now,
    createdAt: now,
  });
  await w.changed();
  await w.audit([{ action: current ? 'update' : 'create', objectType: 'planField', objectId: fieldId, field: `${address.blockKey}.${address.fieldKey}`, details: { version, itemId: address.itemId } }]);
  return { fieldId, version };
}

/**
 * Validates a value against the block's definition and stores it as the field's next version (see writeValue). Used
 * by the field endpoint and by the goal and action commands, so every value anywhere in a plan keeps its history.
 */
export async function setField(w: PlanWork, address: FieldAddress, kind: 'goal' | 'action' | null, block: Block, value: unknown, expectedVersion: number) {
  const schema = fieldSchema(block, address.fieldKey, kind);
  if (!schema) throw validation([{ field: 'fieldKey', code: 'unknown' }]);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validation([valueProblem(parsed.error.issues as never)]);
  // A goal's life domain is a code of the tenant's active life-domain catalogue (as in the contact journal).
  if (kind === 'goal' && address.fieldKey === 'lifeDomain' && typeof parsed.data === 'string' && parsed.data !== '') {
    await requireCatalogueCode(w.tx, 'lifeDomain', parsed.data, 'value');
  }
  const written = await writeValue(w, address, parsed.data, expectedVersion);
  return { ...written, value: parsed.data as unknown };
}

/** Saves one field of the plan; a stale version answers 409 with the other person's value. */
export async function saveField(services: Services, ctx: RequestContext, planId: string, input: FieldAddress & { value: unknown; version: number }) {
  return withinPlan(services, ctx, planId, async (w) => {
    const { block, kind } = await authorizeField(w, input, 'write');
    const saved = await setField(w, input, kind, block, input.value, input.version);
    return { value: saved.value, version: saved.version, updatedAt: w.now.toISOString(), updatedBy: w.plan.callerName };
  });
}

/**
 * Every earlier value of one field, newest first, with who set it (and for whom) and when. Opened from the field
 * itself; a field of a goal the caller may not see answers 404 like the goal. Reading it is audited.
 */
export async function fieldHistory(services: Services, ctx: RequestContext, planId: string, address: FieldAddress) {
  return withinPlan(services, ctx, planId, async (w) => {
    await authorizeField(w, address, 'read');
    const rows = await queryRows<{ version: number; value_encrypted: string; changed_at: string; changed_by: PersonName; on_behalf_of: PersonName | null }>(
      w.tx,
      sql`select r.version, r.value_encrypted, r.changed_at,
                 json_build_object('firstName', u.first_name, 'infix', u.infix, 'surname', u.surname) as changed_by,
                 case when b.id is null then null else json_build_object('firstName', b.first_name, 'infix', b.infix, 'surname', b.surname) end as on_behalf_of
            from plan_field f
            join plan_field_revision r on r.field_id = f.id
            join person u on u.id = r.changed_by_person_id
            left join person b on b.id = r.on_behalf_of_person_id
           where f.plan_id = ${planId}::uuid and f.block_key = ${address.blockKey} and f.field_key = ${address.fieldKey}
             and f.item_id is not distinct from ${address.itemId}::uuid
           order by r.version desc`,
    );
    await w.audit([{ action: 'read', objectType: 'planFieldHistory', objectId: planId, field: `${address.blockKey}.${address.fieldKey}`, details: { itemId: address.itemId } }]);
    return {
      items: rows.map((r) => ({
        version: r.version,
        value: JSON.parse(services.cipher.decrypt(r.value_encrypted)) as unknown,
        changedAt: new Date(r.changed_at).toISOString(),
        changedBy: fullName(r.changed_by),
        onBehalfOf: r.on_behalf_of ? fullName(r.on_behalf_of) : null,
      })),
    };
  });
}


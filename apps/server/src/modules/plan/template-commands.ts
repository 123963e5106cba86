import { and, eq, inArray, sql } from 'drizzle-orm';
import { planTemplateGroups, planTemplates, planTemplateVersions, userGroups } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { inTenant, queryRows, type Tx } from '../../platform/db/index.js';
import { conflict, forbidden, notFound, validation } from '../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../platform/http/context.js';
import type { Subject } from '../../platform/policy/index.js';
import type { Services } from '../../platform/services.js';
import type { Block } from './blocks.js';
import { inMyGroupsSql, templatePolicy } from './template-policy.js';

interface TemplateInput {
  name: string;
  description: string;
  userGroupIds: string[];
  blocks: Block[];
}

interface TemplateRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  version: number;
  updated_at: string | Date;
  archived_at: string | Date | null;
  draft_blocks: Block[];
  in_my_groups: boolean;
  group_ids: string[] | null;
  versions: Array<{ id: string; number: number; published_at: string; published_by: string; blocks_equal: boolean }> | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** Templates with their published versions (newest first) and whether the caller is in one of their user groups. */
async function templateRows(tx: Tx, subject: Subject, filter: ReturnType<typeof sql>) {
  return queryRows<TemplateRow>(
    tx,
    sql`select t.id, t.tenant_id, t.name, t.description, t.version, t.updated_at, t.archived_at, t.draft_blocks,
          ${inMyGroupsSql(subject.personId)} as in_my_groups,
          (select array_agg(g.user_group_id) from plan_template_group g where g.template_id = t.id) as group_ids,
          (select json_agg(json_build_object('id', v.id, 'number', v.number, 'published_at', v.created_at,
                    'published_by', concat_ws(' ', p.first_name, p.infix, p.surname), 'blocks_equal', v.blocks = t.draft_blocks)
                  order by v.number desc)
             from plan_template_version v join person p on p.id = v.published_by_person_id where v.template_id = t.id) as versions
        from plan_template t
       where ${filter}
       order by t.name`,
  );
}

function present(subject: Subject, row: TemplateRow) {
  const versions = (row.versions ?? []).map((v) => ({ id: v.id, number: v.number, publishedAt: iso(v.published_at), publishedBy: v.published_by }));
  const object = { tenantId: row.tenant_id, inMyGroups: row.in_my_groups, published: versions.length > 0 };
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    version: row.version,
    updatedAt: iso(row.updated_at),
    archivedAt: row.archived_at ? iso(row.archived_at) : null,
    latest: versions[0] ?? null,
    unpublishedChanges: !(row.versions?.[0]?.blocks_equal ?? false),
    policies: templatePolicy.permitted(subject, object),
    detail: { userGroupIds: row.group_ids ?? [], blocks: row.draft_blocks, versions },
  };
}

/**
 * Templates the caller may see: all for the functional administrator, the published ones of their groups otherwise.
 * Archived templates are left out; with `archived` the administrator gets only those (a professional gets none).
 */
export async function listTemplates(services: Services, ctx: RequestContext, query: { archived: boolean } = { archived: false }) {
  const subject = subjectOf(ctx);
  const archived = query.archived ? sql`t.archived_at is not null and ${templatePolicy.where(subject, 'manage')}` : sql`t.archived_at is null`;
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const rows = await templateRows(tx, subject, sql`${archived} and ${templatePolicy.where(subject, 'read')}`);
    await recordAudit(tx, ctx, [{ action: 'read', objectType: 'planTemplate', details: { listed: rows.length, archived: query.archived } }]);
    return rows.map((row) => {
      const { detail: _detail, ...summary } = present(subject, row);
      return summary;
    });
  });
}

async function loadTemplate(tx: Tx, subject: Subject, templateId: string) {
  const [row] = await templateRows(tx, subject, sql`t.id = ${templateId}::uuid`);
  if (!row) throw notFound();
  return row;
}

export async function getTemplate(services: Services, ctx: RequestContext, templateId: string) {
  const subject = subjectOf(ctx);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const row = await loadTemplate(tx, subject, templateId);
    templatePolicy.authorize(subject, 'manage', { tenantId: row.tenant_id, inMyGroups: row.in_my_groups, published: !!row.versions });
    await recordAudit(tx, ctx, [{ action: 'read', objectType: 'planTemplate', objectId: row.id }]);
    const { detail, ...summary } = present(subject, row);
    return { ...summary, ...detail };
  });
}

/** The template for a change by the administrator: 404/403 by the policy, 409 with the template as it is when stale. */
async function loadForChange(tx: Tx, subject: Subject, templateId: string, version: number) {
  const row = await loadTemplate(tx, subject, templateId);
  templatePolicy.authorize(subject, 'manage', { tenantId: row.tenant_id, inMyGroups: row.in_my_groups, published: !!row.versions });
  if (row.version !== version) {
    const { detail, ...summary } = present(subject, row);
    throw conflict({ ...summary, ...detail });
  }
  return row;
}

/** The groups must be this tenant's; another tenant's id is named as an unknown field, not a database error. */
async function checkGroups(tx: Tx, groupIds: string[]) {
  if (groupIds.length === 0) return;
  const found = await tx.select({ id: userGroups.id }).from(userGroups).where(inArray(userGroups.id, groupIds));
  const known = new Set(found.map((g) => g.id));
  const unknown = groupIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw validation([{ field: `userGroupIds.${unknown}`, code: 'unknown' }]);
}

async function setGroups(tx: Tx, tenantId: string, templateId: string, groupIds: string[]) {
  await tx.delete(planTemplateGroups).where(eq(planTemplateGroups.templateId, templateId));
  const unique = [...new Set(groupIds)];
  if (unique.length > 0) await tx.insert(planTemplateGroups).values(unique.map((userGroupId) => ({ tenantId, templateId, userGroupId })));
}

export async function createTemplate(services: Services, ctx: RequestContext, input: TemplateInput) {
  const subject = subjectOf(ctx);
  if (!templatePolicy.can(subject, 'manage', { tenantId: subject.tenantId, inMyGroups: false, published: false })) throw forbidden();
  const now = services.clock();
  const id = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await checkGroups(tx, input.userGroupIds);
    const [row] = await tx
      .insert(planTemplates)
      .values({ tenantId: subject.tenantId, name: input.name, description: input.description, draftBlocks: input.blocks, createdAt: now, updatedAt: now })
      .returning({ id: planTemplates.id });
    await setGroups(tx, subject.tenantId, row!.id, input.userGroupIds);
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'planTemplate', objectId: row!.id, details: { blocks: input.blocks.length } }]);
    return row!.id;
  });
  return getTemplate(services, ctx, id);
}

/** Saves the draft; a stale version answers 409 with the template as it is now. */
export async function updateTemplate(services: Services, ctx: RequestContext, templateId: string, input: TemplateInput & { version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const row = await loadForChange(tx, subject, templateId, input.version);
    await checkGroups(tx, input.userGroupIds);
    await tx
      .update(planTemplates)
      .set({ name: input.name, description: input.description, draftBlocks: input.blocks, version: row.version + 1, updatedAt: now })
      .where(and(eq(planTemplates.id, templateId), eq(planTemplates.version, row.version)));
    await setGroups(tx, subject.tenantId, templateId, input.userGroupIds);
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'planTemplate', objectId: templateId, details: { version: row.version + 1 } }]);
  });
  return getTemplate(services, ctx, templateId);
}

/**
 * Publishing freezes the draft as the next numbered version. Plans made earlier keep their version; the draft must
 * have blocks and differ from the latest version.
 */
export async function publishTemplate(services: Services, ctx: RequestContext, templateId: string, input: { version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const row = await loadForChange(tx, subject, templateId, input.version);
    if (row.draft_blocks.length === 0) throw validation([{ field: 'blocks', code: 'required' }]);
    if (row.versions?.[0]?.blocks_equal) throw validation([{ field: 'blocks', code: 'invalid' }]);
    const number = (row.versions?.[0]?.number ?? 0) + 1;
    const [version] = await tx
      .insert(planTemplateVersions)
      .values({ tenantId: subject.tenantId, templateId, number, name: row.name, blocks: row.draft_blocks, publishedByPersonId: subject.personId, createdAt: now })
      .returning({ id: planTemplateVersions.id });
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'planTemplateVersion', objectId: version!.id, details: { templateId, number } }]);
  });
  return getTemplate(services, ctx, templateId);
}

/** One published version, for the administrator and for professionals who may use the template. */
export async function getTemplateVersion(services: Services, ctx: RequestContext, templateId: string, number: number) {
  const subject = subjectOf(ctx);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const row = await loadTemplate(tx, subject, templateId);
    templatePolicy.authorize(subject, 'read', { tenantId: row.tenant_id, inMyGroups: row.in_my_groups, published: !!row.versions });
    const [version] = await tx
      .select()
      .from(planTemplateVersions)
      .where(and(eq(planTemplateVersions.templateId, templateId), eq(planTemplateVersions.number, number)));
    if (!version) throw notFound();
    await recordAudit(tx, ctx, [{ action: 'read', objectType: 'planTemplateVersion', objectId: version.id }]);
    return { id: version.id, templateId, number: version.number, name: version.name, blocks: version.blocks as Block[], publishedAt: version.createdAt.toISOString() };
  });
}

/**
 * Archive or restore a template. An archived template is no longer offered for a new plan (making one answers 400 on
 * `templateId`), but its versions stay: plans made from it keep working and can still be opened.
 */
export async function setTemplateArchived(services: Services, ctx: RequestContext, templateId: string, archive: boolean, input: { version: number }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const row = await loadForChange(tx, subject, templateId, input.version);
    if ((row.archived_at !== null) === archive) {
      const { detail, ...summary } = present(subject, row);
      throw conflict({ ...summary, ...detail });
    }
    await tx
      .update(planTemplates)
      .set({ archivedAt: archive ? now : null, version: row.version + 1, updatedAt: now })
      .where(and(eq(planTemplates.id, templateId), eq(planTemplates.version, row.version)));
    await recordAudit(tx, ctx, [{ action: 'update', objectType: 'planTemplate', objectId: templateId, field: 'archivedAt', details: { version: row.version + 1, archived: archive } }]);
  });
  return getTemplate(services, ctx, templateId);
}

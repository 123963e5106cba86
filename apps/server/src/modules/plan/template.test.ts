import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { useDemoTenants } from '../../test-support/demo-tenants.js';

const env = useDemoTenants();
const { as, count } = env;
const groupId = (name: string) =>
  inTenant(env.t.database.owner, env.demo.tenantId, async (tx) => (await queryRows<{ id: string }>(tx, sql`select id from user_group where name = ${name}`))[0]!.id);

const questionnaire = {
  key: 'vragen',
  type: 'questionnaire',
  title: 'Vragen',
  questions: [{ key: 'q1', type: 'shortText', label: 'Naam school', required: true }],
};


describe('templates', () => {
  it('only the functional administrator builds templates: a coach gets 403, another tenant’s admin 404, and nothing is stored', async () => {
    const before = await count('plan_template');
    expect((await (await as('sanne')).post('/api/plan-templates', { name: 'X', blocks: [] })).statusCode).toBe(403);
    const [first] = (await (await as('peter')).get('/api/plan-templates')).json().items;
    expect((await (await as('peter', env.elders)).get(`/api/plan-templates/${first.id}`)).statusCode).toBe(404);
    expect((await (await as('sanne')).get(`/api/plan-templates/${first.id}`)).statusCode).toBe(403);
    expect(await count('plan_template')).toBe(before);
  });

  it('bad blocks are named at the field: a choice question without options, a duplicate key, a scale with max below min', async () => {
    const peter = await as('peter');
    const before = await count('plan_template');
    const noOptions = await peter.post('/api/plan-templates', {
      name: 'Fout',
      blocks: [{ ...questionnaire, questions: [{ key: 'q1', type: 'singleChoice', label: 'Kies', required: true }] }],
    });
    expect(noOptions.statusCode).toBe(400);
    expect(noOptions.json().errors[0]).toMatchObject({ field: 'blocks.0.questions.0.options', code: 'required' });
    const duplicate = await peter.post('/api/plan-templates', { name: 'Fout', blocks: [questionnaire, { key: 'vragen', type: 'text', title: 'Tekst' }] });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0]).toMatchObject({ field: 'blocks.1.key', code: 'taken' });
    const scale = await peter.post('/api/plan-templates', {
      name: 'Fout',
      blocks: [{ key: 'wt', type: 'watTelt', title: 'Wat telt', domains: [{ key: 'thuis', label: 'Thuis' }], scale: { min: 5, max: 2 } }],
    });
    expect(scale.statusCode).toBe(400);
    expect(scale.json().errors[0].field).toBe('blocks.0.scale.max');
    const foreignGroup = await inTenant(env.t.database.owner, env.elders.tenantId, async (tx) => (await queryRows<{ id: string }>(tx, sql`select id from user_group limit 1`))[0]!.id);
    const otherTenantsGroup = await peter.post('/api/plan-templates', { name: 'Fout', userGroupIds: [foreignGroup], blocks: [] });
    expect(otherTenantsGroup.statusCode).toBe(400);
    expect(otherTenantsGroup.json().errors[0]).toMatchObject({ field: 'userGroupIds.0', code: 'unknown' });
    expect(await count('plan_template')).toBe(before);
  });

  it('publish freezes a version; a stale save is a conflict; coaches see it only when it is published for their group', async () => {
    const peter = await as('peter');
    const sanne = await as('sanne');
    const coaches = await groupId('Wijkteam coaches');
    const made = await peter.post('/api/plan-templates', { name: 'Nieuw sjabloon', userGroupIds: [coaches], blocks: [{ key: 'tekst', type: 'text', title: 'Tekst' }] });
    expect(made.statusCode).toBe(201);
    const template = made.json();
    expect(template).toMatchObject({ latest: null, unpublishedChanges: true, version: 1 });
    const names = async () => ((await sanne.get('/api/plan-templates')).json().items as Array<{ name: string }>).map((i) => i.name);
    expect(await names()).not.toContain('Nieuw sjabloon');
    const published = await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 1 });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ latest: { number: 1, publishedBy: 'Peter Jansen' }, unpublishedChanges: false });
    expect(await names()).toContain('Nieuw sjabloon');
    expect((await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 1 })).statusCode).toBe(400);
    const saved = await peter.put(`/api/plan-templates/${template.id}`, { name: 'Nieuw sjabloon', userGroupIds: [coaches], blocks: [{ key: 'tekst', type: 'text', title: 'Tekst' }, questionnaire], version: 1 });
    expect(saved.statusCode).toBe(200);
    const stale = await peter.put(`/api/plan-templates/${template.id}`, { name: 'Overschreven', userGroupIds: [], blocks: [], version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.name).toBe('Nieuw sjabloon');
    const v1 = await sanne.get(`/api/plan-templates/${template.id}/versions/1`);
    expect(v1.statusCode).toBe(200);
    expect(v1.json().blocks).toHaveLength(1);
  });
});

describe('archiving a template', () => {
  it('only the functional administrator archives: a coach gets 403, another tenant’s admin 404, a stale version 409, and nothing changes', async () => {
    const peter = await as('peter');
    const coaches = await groupId('Wijkteam coaches');
    const template = (await peter.post('/api/plan-templates', { name: 'Niet te archiveren', userGroupIds: [coaches], blocks: [{ key: 'tekst', type: 'text', title: 'Tekst' }] })).json();
    await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 1 });
    // Sanne may use it (her group, published), so she sees it but may not archive it.
    expect((await (await as('sanne')).post(`/api/plan-templates/${template.id}/archive`, { version: 1 })).statusCode).toBe(403);
    expect((await (await as('kees')).post(`/api/plan-templates/${template.id}/archive`, { version: 1 })).statusCode).toBe(404);
    expect((await (await as('jan')).post(`/api/plan-templates/${template.id}/archive`, { version: 1 })).statusCode).toBe(404);
    expect((await (await as('peter', env.elders)).post(`/api/plan-templates/${template.id}/archive`, { version: 1 })).statusCode).toBe(404);
    expect((await (await as('peter', env.elders)).post(`/api/plan-templates/${template.id}/restore`, { version: 1 })).statusCode).toBe(404);
    const stale = await peter.post(`/api/plan-templates/${template.id}/archive`, { version: 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 1, archivedAt: null });
    expect((await peter.post(`/api/plan-templates/${template.id}/restore`, { version: 1 })).statusCode).toBe(409);
    expect((await peter.post(`/api/plan-templates/${template.id}/archive`, {})).statusCode).toBe(400);
    expect((await peter.get(`/api/plan-templates/${template.id}`)).json()).toMatchObject({ version: 1, archivedAt: null });
    expect((await (await as('peter')).get('/api/plan-templates?archived=true')).json().items.map((i: { id: string }) => i.id)).not.toContain(template.id);
  });

  it('an archived template is not offered or accepted for a new plan, but a plan made from it still opens; restore offers it again', async () => {
    const peter = await as('peter');
    const sanne = await as('sanne');
    const coaches = await groupId('Wijkteam coaches');
    const template = (await peter.post('/api/plan-templates', { name: 'Te archiveren', userGroupIds: [coaches], blocks: [{ key: 'tekst', type: 'text', title: 'Tekst' }] })).json();
    await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 1 });
    const dossier = env.demo.dossiers.get('jan-support');
    const plan = (await sanne.post(`/api/dossiers/${dossier}/plans`, { templateId: template.id, title: 'Plan van een gearchiveerd sjabloon', groups: [{ userGroupId: coaches, level: 'edit' }] })).json();
    expect((await sanne.put(`/api/plans/${plan.id}/fields`, { blockKey: 'tekst', fieldKey: 'text', value: 'Blijft leesbaar', version: 0 })).statusCode).toBe(200);

    const archived = await peter.post(`/api/plan-templates/${template.id}/archive`, { version: 1 });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().version).toBe(2);
    expect(archived.json().archivedAt).not.toBeNull();
    const ids = async (caller: Awaited<ReturnType<typeof as>>, query = '') => ((await caller.get(`/api/plan-templates${query}`)).json().items as Array<{ id: string }>).map((i) => i.id);
    expect(await ids(sanne)).not.toContain(template.id);
    expect(await ids(sanne, '?archived=true')).toEqual([]);
    expect(await ids(peter)).not.toContain(template.id);
    expect(await ids(peter, '?archived=true')).toContain(template.id);

    const plans = await count('plan');
    const refused = await sanne.post(`/api/dossiers/${dossier}/plans`, { templateId: template.id, title: 'Nog een', groups: [{ userGroupId: coaches, level: 'edit' }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('templateId');
    expect(await count('plan')).toBe(plans);

    const read = await sanne.get(`/api/plans/${plan.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().blocks[0].fields.text.value).toBe('Blijft leesbaar');
    expect((await sanne.put(`/api/plans/${plan.id}/fields`, { blockKey: 'tekst', fieldKey: 'text', value: 'En schrijfbaar', version: 1 })).statusCode).toBe(200);
    expect((await sanne.get(`/api/plan-templates/${template.id}/versions/1`)).statusCode).toBe(200);
    expect((await peter.get(`/api/plan-templates/${template.id}`)).statusCode).toBe(200);
    expect((await peter.post(`/api/plan-templates/${template.id}/archive`, { version: 2 })).statusCode).toBe(409);

    const restored = await peter.post(`/api/plan-templates/${template.id}/restore`, { version: 2 });
    expect(restored.json()).toMatchObject({ version: 3, archivedAt: null });
    expect(await ids(sanne)).toContain(template.id);
    const audit = await inTenant(env.t.database.owner, env.demo.tenantId, async (tx) =>
      queryRows<{ details: Record<string, unknown> }>(tx, sql`select details from audit_event where object_type = 'planTemplate' and object_id = ${template.id} and field = 'archivedAt' order by seq`),
    );
    expect(audit.map((a) => a.details)).toEqual([{ version: 2, archived: true }, { version: 3, archived: false }]);
  });
});

describe('moving a plan to a newer version', () => {
  it('preview names what changes; the move keeps the values; a stale preview is refused', async () => {
    const peter = await as('peter');
    const sanne = await as('sanne');
    const coaches = await groupId('Wijkteam coaches');
    const template = (await peter.post('/api/plan-templates', { name: 'Groeiend', userGroupIds: [coaches], blocks: [{ key: 'tekst', type: 'text', title: 'Tekst' }, { key: 'oud', type: 'text', title: 'Oud' }] })).json();
    await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 1 });
    const plan = (await sanne.post(`/api/dossiers/${env.demo.dossiers.get('jan-support')}/plans`, { templateId: template.id, title: 'Groeiplan', groups: [{ userGroupId: coaches, level: 'edit' }] })).json();
    expect((await sanne.put(`/api/plans/${plan.id}/fields`, { blockKey: 'oud', fieldKey: 'text', value: 'Blijft bewaard', version: 0 })).statusCode).toBe(200);
    await peter.put(`/api/plan-templates/${template.id}`, { name: 'Groeiend', userGroupIds: [coaches], blocks: [{ key: 'tekst', type: 'text', title: 'Tekst' }, questionnaire], version: 1 });
    await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 2 });

    expect((await (await as('jan')).get(`/api/plans/${plan.id}/upgrade`)).statusCode).toBe(403);
    const preview = (await sanne.get(`/api/plans/${plan.id}/upgrade`)).json();
    expect(preview).toMatchObject({ from: { number: 1 }, to: { number: 2 }, added: [{ key: 'vragen' }], removed: [{ key: 'oud', values: 1 }], changed: [] });
    expect((await sanne.post(`/api/plans/${plan.id}/upgrade`, { toVersionId: preview.from.versionId, version: preview.version })).statusCode).toBe(400);
    const moved = await sanne.post(`/api/plans/${plan.id}/upgrade`, { toVersionId: preview.to.versionId, version: preview.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().blocks.map((b: { key: string }) => b.key)).toEqual(['tekst', 'vragen']);
    // The removed block's value is still in its history, and the resident may write the new questionnaire.
    expect((await sanne.get(`/api/plans/${plan.id}/fields/history?blockKey=oud&fieldKey=text`)).statusCode).toBe(404);
    const values = await inTenant(env.t.database.owner, env.demo.tenantId, async (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from plan_field_revision where plan_id = ${plan.id}`));
    expect(values[0]!.n).toBe(1);
    const jan = (await (await as('jan')).get(`/api/plans/${plan.id}`)).json();
    expect(jan.blocks.find((b: { key: string }) => b.key === 'vragen').level).toBe('write');
  });
});

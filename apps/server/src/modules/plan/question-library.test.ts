import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { useDemoTenants } from '../../test-support/demo-tenants.js';

const env = useDemoTenants();
const { as, count } = env;

const school = { key: 'school', type: 'shortText', label: 'Naam van de school', required: true };
const mood = { key: 'stemming', type: 'scale', label: 'Hoe gaat het?', required: false, min: 1, max: 10, minLabel: 'slecht', maxLabel: 'goed' };

const auditRows = (objectId: string) =>
  inTenant(env.t.database.owner, env.demo.tenantId, async (tx) =>
    queryRows<{ action: string; details: Record<string, unknown> | null }>(tx, sql`select action, details from audit_event where object_type = 'planQuestion' and object_id = ${objectId} order by seq`),
  );

describe('question library: who may use it', () => {
  it('residents, relatives, coaches, providers and another tenant’s administrator (on Demoland’s questions) get 404 on every endpoint, and nothing is stored', async () => {
    const peter = await as('peter');
    const made = (await peter.post('/api/plan-questions', { question: { ...school, key: 'toegang' } })).json();
    const before = await count('plan_question');
    const outsiders = [await as('jan'), await as('ria'), await as('sanne'), await as('lotte'), await as('kees')];
    for (const caller of outsiders) {
      expect((await caller.get('/api/plan-questions')).statusCode).toBe(404);
      expect((await caller.get('/api/plan-questions?archived=true')).statusCode).toBe(404);
      expect((await caller.post('/api/plan-questions', { question: { ...school, key: 'indringer' } })).statusCode).toBe(404);
      expect((await caller.put(`/api/plan-questions/${made.id}`, { question: { ...school, key: 'toegang', label: 'Gewijzigd' }, version: 1 })).statusCode).toBe(404);
      expect((await caller.put(`/api/plan-questions/${made.id}`, { question: { ...school, key: 'toegang', label: 'Gewijzigd' }, version: 9 })).statusCode).toBe(404);
      expect((await caller.post(`/api/plan-questions/${made.id}/archive`, { version: 1 })).statusCode).toBe(404);
      expect((await caller.post(`/api/plan-questions/${made.id}/restore`, { version: 1 })).statusCode).toBe(404);
    }
    // Another tenant's administrator has a library of their own: Demoland's questions are not in it and answer 404.
    const elders = await as('peter', env.elders);
    expect((await elders.get('/api/plan-questions')).json().items.map((q: { id: string }) => q.id)).not.toContain(made.id);
    expect((await elders.put(`/api/plan-questions/${made.id}`, { question: { ...school, key: 'toegang', label: 'Gewijzigd' }, version: 1 })).statusCode).toBe(404);
    expect((await elders.post(`/api/plan-questions/${made.id}/archive`, { version: 1 })).statusCode).toBe(404);
    expect((await elders.post(`/api/plan-questions/${made.id}/restore`, { version: 1 })).statusCode).toBe(404);
    expect(await count('plan_question')).toBe(before);
    const [row] = (await peter.get('/api/plan-questions?q=Naam')).json().items.filter((q: { id: string }) => q.id === made.id);
    expect(row).toMatchObject({ version: 1, question: { label: 'Naam van de school' } });
  });

  it('is documented in the OpenAPI schema, with archiving templates', async () => {
    const doc = (await env.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/plan-questions', '/api/plan-questions/{questionId}', '/api/plan-questions/{questionId}/archive', '/api/plan-questions/{questionId}/restore', '/api/plan-templates/{templateId}/archive', '/api/plan-templates/{templateId}/restore']),
    );
    expect(doc.paths['/api/plan-questions'].post.requestBody.content['application/json'].schema.required).toEqual(['question']);
  });

  it('without a session every endpoint answers 401', async () => {
    const anonymous = await env.t.app.inject({ method: 'GET', url: '/api/plan-questions' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('question library: bad input', () => {
  it('is named at the field, like a question in a block, and nothing is stored', async () => {
    const peter = await as('peter');
    const before = await count('plan_question');
    const noOptions = await peter.post('/api/plan-questions', { question: { key: 'kies', type: 'singleChoice', label: 'Kies', required: true } });
    expect(noOptions.statusCode).toBe(400);
    expect(noOptions.json().errors[0]).toMatchObject({ field: 'question.options', code: 'required' });
    const badKey = await peter.post('/api/plan-questions', { question: { ...school, key: 'Met spaties' } });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().errors[0].field).toBe('question.key');
    const noLabel = await peter.post('/api/plan-questions', { question: { ...school, label: '  ' } });
    expect(noLabel.statusCode).toBe(400);
    expect(noLabel.json().errors[0].field).toBe('question.label');
    const scale = await peter.post('/api/plan-questions', { question: { ...mood, min: 5, max: 2 } });
    expect(scale.statusCode).toBe(400);
    expect(scale.json().errors[0]).toMatchObject({ field: 'question.max', code: 'invalid' });
    const extra = await peter.post('/api/plan-questions', { question: school, tenantId: env.elders.tenantId });
    expect(extra.statusCode).toBe(400);
    expect(await count('plan_question')).toBe(before);
  });

  it('a key is used once per tenant: a duplicate answers 400 naming question.key (also against an archived one); another tenant may use it', async () => {
    const peter = await as('peter');
    const first = (await peter.post('/api/plan-questions', { question: { ...school, key: 'dubbel' } })).json();
    const before = await count('plan_question');
    const duplicate = await peter.post('/api/plan-questions', { question: { ...mood, key: 'dubbel' } });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0]).toMatchObject({ field: 'question.key', code: 'taken' });
    const other = (await peter.post('/api/plan-questions', { question: { ...mood, key: 'ander' } })).json();
    const renamedOnto = await peter.put(`/api/plan-questions/${other.id}`, { question: { ...mood, key: 'dubbel' }, version: 1 });
    expect(renamedOnto.statusCode).toBe(400);
    expect(renamedOnto.json().errors[0]).toMatchObject({ field: 'question.key', code: 'taken' });
    await peter.post(`/api/plan-questions/${first.id}/archive`, { version: 1 });
    expect((await peter.post('/api/plan-questions', { question: { ...mood, key: 'dubbel' } })).statusCode).toBe(400);
    expect(await count('plan_question')).toBe(before + 1);
    expect((await (await as('peter', env.elders)).post('/api/plan-questions', { question: { ...school, key: 'dubbel' } })).statusCode).toBe(201);
    const unchanged = (await peter.get('/api/plan-questions?q=Hoe')).json().items.find((q: { id: string }) => q.id === other.id);
    expect(unchanged).toMatchObject({ key: 'ander', version: 1 });
  });
});

describe('question library: keeping questions', () => {
  it('lists active ones sorted by label, searches the label, archives and restores with the version, each write audited with identifiers only', async () => {
    const peter = await as('peter');
    const b = (await peter.post('/api/plan-questions', { question: { ...school, key: 'bieb-b', label: 'Bieb beta vraag' } })).json();
    const a = (await peter.post('/api/plan-questions', { question: { ...mood, key: 'bieb-a', label: 'bieb alfa vraag' } })).json();
    expect(a).toMatchObject({ key: 'bieb-a', version: 1, archivedAt: null, policies: ['read', 'create', 'update', 'archive'] });
    const labels = async (query: string) => ((await peter.get(`/api/plan-questions${query}`)).json().items as Array<{ question: { label: string } }>).map((q) => q.question.label);
    expect(await labels('?q=bieb')).toEqual(['bieb alfa vraag', 'Bieb beta vraag']);
    expect(await labels('?q=%25')).toEqual([]);

    const stale = await peter.put(`/api/plan-questions/${b.id}`, { question: { ...school, key: 'bieb-b', label: 'Bieb beta, anders' }, version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 1, question: { label: 'Bieb beta vraag' } });
    const edited = await peter.put(`/api/plan-questions/${b.id}`, { question: { ...school, key: 'bieb-b', label: 'Bieb beta, anders' }, version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, question: { label: 'Bieb beta, anders' } });

    expect((await peter.post(`/api/plan-questions/${b.id}/archive`, { version: 1 })).statusCode).toBe(409);
    const archived = await peter.post(`/api/plan-questions/${b.id}/archive`, { version: 2 });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ version: 3, policies: ['read', 'create', 'restore'] });
    expect(archived.json().archivedAt).not.toBeNull();
    expect(await labels('?q=bieb')).toEqual(['bieb alfa vraag']);
    expect(await labels('?q=bieb&archived=true')).toEqual(['Bieb beta, anders']);
    // An archived question is not changed until it is restored.
    expect((await peter.put(`/api/plan-questions/${b.id}`, { question: school, version: 3 })).statusCode).toBe(403);
    expect((await peter.post(`/api/plan-questions/${b.id}/archive`, { version: 3 })).statusCode).toBe(403);
    const restored = await peter.post(`/api/plan-questions/${b.id}/restore`, { version: 3 });
    expect(restored.json()).toMatchObject({ version: 4, archivedAt: null });
    expect(await labels('?q=bieb')).toEqual(['bieb alfa vraag', 'Bieb beta, anders']);

    const audit = await auditRows(b.id);
    expect(audit.map((r) => r.action)).toEqual(['create', 'update', 'update', 'update']);
    for (const row of audit) for (const value of Object.values(row.details ?? {})) expect(['number', 'boolean']).toContain(typeof value);
  });

  it('a template takes a copy: editing the library question later leaves the published version (and the draft) with the old label', async () => {
    const peter = await as('peter');
    const library = (await peter.post('/api/plan-questions', { question: { ...school, key: 'kopie', label: 'Oude vraag' } })).json();
    const template = (await peter.post('/api/plan-templates', { name: 'Met bibliotheekvraag', blocks: [{ key: 'vragen', type: 'questionnaire', title: 'Vragen', questions: [library.question] }] })).json();
    await peter.post(`/api/plan-templates/${template.id}/publish`, { version: 1 });
    expect((await peter.put(`/api/plan-questions/${library.id}`, { question: { ...library.question, label: 'Nieuwe vraag' }, version: 1 })).statusCode).toBe(200);
    const v1 = (await peter.get(`/api/plan-templates/${template.id}/versions/1`)).json();
    expect(v1.blocks[0].questions[0]).toMatchObject({ key: 'kopie', label: 'Oude vraag' });
    expect((await peter.get(`/api/plan-templates/${template.id}`)).json().blocks[0].questions[0].label).toBe('Oude vraag');
    // Archiving the library question does not touch the template either.
    await peter.post(`/api/plan-questions/${library.id}/archive`, { version: 2 });
    expect((await peter.get(`/api/plan-templates/${template.id}/versions/1`)).json().blocks[0].questions[0].label).toBe('Oude vraag');
  });
});

import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { useDemoTenants } from '../../test-support/demo-tenants.js';
import { pdfText } from '../../test-support/pdf-text.js';

/**
 * Issue 6, plan side: correcting measurements and Wat Telt / ZRM scores (append-only, nothing lost), goal rights
 * with optimistic locking, and a goal's life domain from the tenant's catalogue. Negative cases first.
 */
const env = useDemoTenants();
const { as, count } = env;

type Measurement = { id: string; value: number; measuredOn: string; note: string; by: string; corrected: { at: string; by: string } | null; earlier: Array<{ id: string; value: number; note: string }> };
type Goal = { id: string; version: number; policies: string[]; fields: Record<string, { value: unknown; version: number }>; lifeDomain: { code: string; label: { nl: string; en: string } } | null; measurements: Measurement[] };
type ScoreSet = { id: string; raterKind: string; measuredOn: string; policies: string[]; scores: Array<{ domainKey: string; score: number }>; corrected: { at: string; by: string } | null; earlier: Array<{ id: string; scores: Array<{ domainKey: string; score: number }> }> };
type Plan = { id: string; revision: number; blocks: Array<{ key: string; goals?: Goal[]; scoreSets?: ScoreSet[] }> };

async function planOf(dossier: string, key = 'daan'): Promise<string> {
  const titles: Record<string, string> = { 'emma-youth': 'Jeugdplan Emma', 'jan-support': 'Ondersteuningsplan Jan', 'mohamed-wmo': 'Plan Mohamed' };
  const response = await (await as(key)).get(`/api/dossiers/${env.demo.dossiers.get(dossier)}/plans`);
  return response.json().items.find((p: { title: string }) => p.title === titles[dossier]).id;
}

async function view(key: string, planId: string): Promise<Plan> {
  const response = await (await as(key)).get(`/api/plans/${planId}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Plan;
}
const goalsOf = (plan: Plan) => plan.blocks.find((b) => b.key === 'doelen')!.goals!;
const setsOf = (plan: Plan, key: string) => plan.blocks.find((b) => b.key === key)!.scoreSets!;

/** A row of Demoland's database, read past the API: proof that nothing was changed or removed. */
const row = (table: string, id: string) =>
  inTenant(env.t.database.owner, env.demo.tenantId, async (tx) => (await queryRows<Record<string, unknown>>(tx, sql`select * from ${sql.raw(table)} where id = ${id}::uuid`))[0]);
const audits = (objectId: string) =>
  inTenant(env.t.database.owner, env.demo.tenantId, async (tx) => queryRows<{ action: string; object_type: string }>(tx, sql`select action, object_type from audit_event where object_id = ${objectId}`));

/** A goal of Daan's in Emma's plan: Karin sees it (block level view) but may not measure it. */
async function daansGoal(emmaPlan: string, title: string) {
  const added = await (await as('daan')).post(`/api/plans/${emmaPlan}/blocks/doelen/goals`, { title, lifeDomain: 'work' });
  expect(added.statusCode).toBe(201);
  return added.json().id as string;
}

async function measure(key: string, planId: string, goalId: string, value: number, note = '') {
  const added = await (await as(key)).post(`/api/plans/${planId}/goals/${goalId}/measurements`, { value, measuredOn: '2026-11-10', note });
  expect(added.statusCode).toBe(201);
  return added.json().id as string;
}

describe('correcting a measurement', () => {
  it('another tenant, a relative without the right to measure, and a hidden goal’s measurement: 404 / 403 / 404, nothing stored', async () => {
    const emmaPlan = await planOf('emma-youth');
    const goalId = await daansGoal(emmaPlan, 'Doel om te corrigeren (rechten)');
    const measurementId = await measure('daan', emmaPlan, goalId, 4);
    const url = `/api/plans/${emmaPlan}/measurements/${measurementId}/corrections`;
    const before = await count('plan_measurement');
    expect((await (await as('daan', env.elders)).post(url, { value: 5, measuredOn: '2026-11-10' })).statusCode).toBe(404);
    // Karin sees Daan's new goal (view on the block) but has no right to measure it.
    expect(goalsOf(await view('karin', emmaPlan)).some((g) => g.id === goalId)).toBe(true);
    expect((await (await as('karin')).post(url, { value: 5, measuredOn: '2026-11-10' })).statusCode).toBe(403);
    // Noor (provider, view only) neither.
    expect((await (await as('noor')).post(url, { value: 5, measuredOn: '2026-11-10' })).statusCode).toBe(403);
    // Emma's own goal is hidden from Karin: its measurement does not exist for her, nor its history.
    const hidden = goalsOf(await view('emma', emmaPlan)).find((g) => g.fields.title!.value === 'Een eigen plek om tot rust te komen')!;
    const hiddenMeasurement = await measure('emma', emmaPlan, hidden.id, 6, 'Alleen van mij');
    const beforeHidden = await count('plan_measurement');
    const karinHidden = await (await as('karin')).post(`/api/plans/${emmaPlan}/measurements/${hiddenMeasurement}/corrections`, { value: 2, measuredOn: '2026-11-10' });
    expect(karinHidden.statusCode).toBe(404);
    expect(karinHidden.body).not.toContain('Alleen van mij');
    const karinHistory = await (await as('karin')).get(`/api/plans/${emmaPlan}/goals/${hidden.id}/measurements/history`);
    expect(karinHistory.statusCode).toBe(404);
    expect(karinHistory.body).not.toContain('Alleen van mij');
    // A measurement of another plan through this plan's address: 404.
    const janPlan = await planOf('jan-support', 'sanne');
    expect((await (await as('sanne')).post(`/api/plans/${janPlan}/measurements/${measurementId}/corrections`, { value: 5, measuredOn: '2026-11-10' })).statusCode).toBe(404);
    expect(await count('plan_measurement')).toBe(beforeHidden);
    expect(beforeHidden).toBe(before + 1);
  });

  it('bad input is refused naming the field, and nothing changes', async () => {
    const emmaPlan = await planOf('emma-youth');
    const goalId = await daansGoal(emmaPlan, 'Doel om te corrigeren (invoer)');
    const measurementId = await measure('daan', emmaPlan, goalId, 4);
    const daan = await as('daan');
    const url = `/api/plans/${emmaPlan}/measurements/${measurementId}/corrections`;
    const before = await count('plan_measurement');
    const revision = (await view('daan', emmaPlan)).revision;
    const cases: Array<[unknown, string]> = [
      [{ value: 11, measuredOn: '2026-11-10' }, 'value'],
      [{ value: 0, measuredOn: '2026-11-10' }, 'value'],
      [{ measuredOn: '2026-11-10' }, 'value'],
      [{ value: 5 }, 'measuredOn'],
      [{ value: 5, measuredOn: '10-11-2026' }, 'measuredOn'],
      [{ withdrawn: true }, 'reason'],
      [{ withdrawn: true, reason: '   ' }, 'reason'],
      [{ value: 5, measuredOn: '2026-11-10', colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const response = await daan.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await count('plan_measurement')).toBe(before);
    expect((await view('daan', emmaPlan)).revision).toBe(revision);
  });

  it('a professional corrects a measurement: the page shows the new value marked as corrected, the original row stays, and a stale correction is a conflict', async () => {
    const emmaPlan = await planOf('emma-youth');
    const goalId = await daansGoal(emmaPlan, 'Doel om te corrigeren');
    const originalId = await measure('daan', emmaPlan, goalId, 4, 'Eerste notitie');
    const before = await view('daan', emmaPlan);
    const daan = await as('daan');
    const corrected = await daan.post(`/api/plans/${emmaPlan}/measurements/${originalId}/corrections`, { value: 6, measuredOn: '2026-11-11', note: 'Verbeterde notitie' });
    expect(corrected.statusCode).toBe(201);
    const correctionId = corrected.json().id as string;
    expect(corrected.json()).toMatchObject({ replacesId: originalId, withdrawn: false });

    const after = await view('daan', emmaPlan);
    expect(after.revision).toBe(before.revision + 1);
    const measurements = goalsOf(after).find((g) => g.id === goalId)!.measurements;
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).toMatchObject({ id: correctionId, value: 6, measuredOn: '2026-11-11', note: 'Verbeterde notitie', corrected: { by: 'Daan Bakker' } });
    expect(measurements[0]!.earlier).toMatchObject([{ id: originalId, value: 4, note: 'Eerste notitie' }]);
    // Emma, who may see the goal, sees the same current row.
    expect(goalsOf(await view('emma', emmaPlan)).find((g) => g.id === goalId)!.measurements.map((m) => m.value)).toEqual([6]);

    // Nothing is lost: the original row is unchanged in the database and in the history.
    expect(await row('plan_measurement', originalId)).toMatchObject({ value: 4, withdrawn: false, replaces_id: null });
    const history = (await daan.get(`/api/plans/${emmaPlan}/goals/${goalId}/measurements/history`)).json().items;
    expect(history).toMatchObject([
      { id: correctionId, value: 6, replacesId: originalId, replacedBy: null, current: true },
      { id: originalId, value: 4, note: 'Eerste notitie', replacesId: null, replacedBy: correctionId, current: false },
    ]);
    expect(await audits(correctionId)).toContainEqual({ action: 'update', object_type: 'planMeasurement' });

    // A second screen still showing the original: 409 with what is there now, nothing stored.
    const count0 = await count('plan_measurement');
    const stale = await (await as('emma')).post(`/api/plans/${emmaPlan}/measurements/${originalId}/corrections`, { value: 9, measuredOn: '2026-11-11' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: correctionId, value: 6 });
    expect(await count('plan_measurement')).toBe(count0);

    // Correcting the correction replaces the latest; the page lists both earlier values.
    const again = await (await as('emma')).post(`/api/plans/${emmaPlan}/measurements/${correctionId}/corrections`, { value: 7, measuredOn: '2026-11-11', note: '' });
    expect(again.statusCode).toBe(201);
    const latest = goalsOf(await view('daan', emmaPlan)).find((g) => g.id === goalId)!.measurements[0]!;
    expect(latest).toMatchObject({ value: 7, corrected: { by: 'Emma Smit' } });
    expect(latest.earlier.map((e) => e.value)).toEqual([6, 4]);

    // The PDF shows the current value's note only, marked as corrected.
    const pdf = pdfText((await daan.get(`/api/plans/${emmaPlan}/pdf`)).rawPayload);
    expect(pdf).not.toContain('Eerste notitie');
    expect(pdf).not.toContain('Verbeterde notitie');
    expect(pdf).toContain('gecorrigeerd op');
  });

  it('two corrections of one measurement at once: one is stored, the other is a 409; a relative with the right to measure may correct', async () => {
    const emmaPlan = await planOf('emma-youth');
    const ruzie = goalsOf(await view('karin', emmaPlan)).find((g) => g.fields.title!.value === 'Minder ruzie thuis')!;
    expect(ruzie.policies).toContain('measure');
    const measurementId = await measure('karin', emmaPlan, ruzie.id, 3);
    const url = `/api/plans/${emmaPlan}/measurements/${measurementId}/corrections`;
    const [karin, emma] = [await as('karin'), await as('emma')];
    const answers = await Promise.all([karin.post(url, { value: 4, measuredOn: '2026-11-10' }), emma.post(url, { value: 5, measuredOn: '2026-11-10' })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const history = (await (await as('daan')).get(`/api/plans/${emmaPlan}/goals/${ruzie.id}/measurements/history`)).json().items as Array<{ replacesId: string | null }>;
    expect(history.filter((h) => h.replacesId === measurementId)).toHaveLength(1);
  });

  it('withdrawing a measurement takes it off the page and the chart, with a reason kept in the history', async () => {
    const emmaPlan = await planOf('emma-youth');
    const goalId = await daansGoal(emmaPlan, 'Doel om in te trekken');
    const keep = await measure('daan', emmaPlan, goalId, 3);
    const mistake = await measure('daan', emmaPlan, goalId, 9, 'Verkeerd doel');
    const daan = await as('daan');
    const withdrawn = await daan.post(`/api/plans/${emmaPlan}/measurements/${mistake}/corrections`, { withdrawn: true, reason: 'Bij het verkeerde doel ingevuld' });
    expect(withdrawn.statusCode).toBe(201);
    expect(withdrawn.json().withdrawn).toBe(true);
    expect(goalsOf(await view('daan', emmaPlan)).find((g) => g.id === goalId)!.measurements.map((m) => m.id)).toEqual([keep]);
    const history = (await daan.get(`/api/plans/${emmaPlan}/goals/${goalId}/measurements/history`)).json().items as Array<{ id: string; withdrawn: boolean; note: string; current: boolean }>;
    expect(history.find((h) => h.id === withdrawn.json().id)).toMatchObject({ withdrawn: true, note: 'Bij het verkeerde doel ingevuld', current: false });
    expect(history.find((h) => h.id === mistake)).toMatchObject({ withdrawn: false, note: 'Verkeerd doel', current: false });
    expect(await row('plan_measurement', mistake)).toMatchObject({ value: 9, withdrawn: false });
  });
});

describe('correcting Wat Telt and ZRM scores', () => {
  it('another tenant 404; another series, a viewer and a resident who may only view: 403; bad input names the field; nothing stored', async () => {
    const emmaPlan = await planOf('emma-youth');
    const daan = await as('daan');
    const added = await daan.post(`/api/plans/${emmaPlan}/blocks/wat-telt/scores`, { measuredOn: '2026-11-12', scores: [{ domainKey: 'thuis', score: 5 }] });
    expect(added.statusCode).toBe(201);
    const url = `/api/plans/${emmaPlan}/score-sets/${added.json().id}/corrections`;
    const body = { measuredOn: '2026-11-12', scores: [{ domainKey: 'thuis', score: 6 }] };
    const before = await count('plan_score_set');
    expect((await (await as('daan', env.elders)).post(url, body)).statusCode).toBe(404);
    // Karin may score the block, but in her own series: a professional's scores are not hers to correct.
    expect((await (await as('karin')).post(url, body)).statusCode).toBe(403);
    expect((await (await as('emma')).post(url, body)).statusCode).toBe(403);
    expect((await (await as('noor')).post(url, body)).statusCode).toBe(403);
    const plan = await view('daan', emmaPlan);
    expect(setsOf(plan, 'wat-telt').find((s) => s.id === added.json().id)!.policies).toEqual(['read', 'correct']);
    expect(setsOf(plan, 'wat-telt').find((s) => s.raterKind === 'resident')!.policies).toEqual(['read']);
    const cases: Array<[unknown, string]> = [
      [{ measuredOn: '2026-11-12', scores: [{ domainKey: 'maan', score: 5 }] }, 'scores.0.domainKey'],
      [{ measuredOn: '2026-11-12', scores: [{ domainKey: 'thuis', score: 11 }] }, 'scores.0.score'],
      [{ scores: [{ domainKey: 'thuis', score: 5 }] }, 'measuredOn'],
      [{ measuredOn: '2026-11-12' }, 'scores'],
    ];
    for (const [bad, field] of cases) {
      const response = await daan.post(url, bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().errors[0].field).toBe(field);
    }
    // Jan may only view the ZRM block of his plan.
    const janPlan = await planOf('jan-support', 'sanne');
    const zrm = setsOf(await view('sanne', janPlan), 'zrm')[0]!;
    expect((await (await as('jan')).post(`/api/plans/${janPlan}/score-sets/${zrm.id}/corrections`, { measuredOn: '2026-11-12', scores: [{ domainKey: 'finances', score: 3 }] })).statusCode).toBe(403);
    expect(await count('plan_score_set')).toBe(before);
  });

  it('a professional corrects their Wat Telt moment: the page and chart show the corrected set, the original stays, a stale correction is 409', async () => {
    const emmaPlan = await planOf('emma-youth');
    const daan = await as('daan');
    const originalId = (await daan.post(`/api/plans/${emmaPlan}/blocks/wat-telt/scores`, { measuredOn: '2026-11-13', scores: [{ domainKey: 'school', score: 2 }] })).json().id as string;
    const revision = (await view('daan', emmaPlan)).revision;
    const corrected = await daan.post(`/api/plans/${emmaPlan}/score-sets/${originalId}/corrections`, { measuredOn: '2026-11-13', scores: [{ domainKey: 'school', score: 8, note: 'Typfout' }] });
    expect(corrected.statusCode).toBe(201);
    const plan = await view('daan', emmaPlan);
    expect(plan.revision).toBe(revision + 1);
    const sets = setsOf(plan, 'wat-telt');
    expect(sets.some((s) => s.id === originalId)).toBe(false);
    const shown = sets.find((s) => s.id === corrected.json().id)!;
    expect(shown).toMatchObject({ raterKind: 'professional', scores: [{ domainKey: 'school', score: 8 }], corrected: { by: 'Daan Bakker' } });
    expect(shown.earlier).toMatchObject([{ id: originalId, scores: [{ domainKey: 'school', score: 2 }] }]);
    expect(await row('plan_score_set', originalId)).toMatchObject({ withdrawn: false, replaces_id: null });
    const history = (await daan.get(`/api/plans/${emmaPlan}/blocks/wat-telt/scores/history`)).json().items as Array<{ id: string; current: boolean; replacedBy: string | null }>;
    expect(history.find((h) => h.id === originalId)).toMatchObject({ current: false, replacedBy: corrected.json().id });
    expect(await audits(corrected.json().id)).toContainEqual({ action: 'update', object_type: 'planScoreSet' });
    // The PDF's table holds the corrected moment, marked, and not the one it replaced.
    // (Its narrow table columns wrap the words, so spaces and line ends are left out before comparing.)
    const pdf = pdfText((await daan.get(`/api/plans/${emmaPlan}/pdf`)).rawPayload).replace(/\s+/g, '');
    expect(pdf).toContain('2026-11-13DaanBakker(professional),gecorrigeerdop');
    expect(pdf.match(/2026-11-13DaanBakker/g)).toHaveLength(1);
    const stale = await daan.post(`/api/plans/${emmaPlan}/score-sets/${originalId}/corrections`, { measuredOn: '2026-11-13', scores: [{ domainKey: 'school', score: 3 }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: corrected.json().id, scores: [{ domainKey: 'school', score: 8 }] });
    // Karin corrects a moment of her own series (the resident's side, as guardian).
    const karin = await as('karin');
    const hers = (await karin.post(`/api/plans/${emmaPlan}/blocks/wat-telt/scores`, { measuredOn: '2026-11-13', scores: [{ domainKey: 'thuis', score: 4 }] })).json().id as string;
    expect((await karin.post(`/api/plans/${emmaPlan}/score-sets/${hers}/corrections`, { measuredOn: '2026-11-13', scores: [{ domainKey: 'thuis', score: 5 }] })).statusCode).toBe(201);
  });

  it('ZRM: the coach withdraws a moment entered by mistake; it leaves the table but stays in the history', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    const sanne = await as('sanne');
    const mistake = (await sanne.post(`/api/plans/${janPlan}/blocks/zrm/scores`, { measuredOn: '2026-11-14', scores: [{ domainKey: 'finances', score: 1 }] })).json().id as string;
    const withdrawn = await sanne.post(`/api/plans/${janPlan}/score-sets/${mistake}/corrections`, { withdrawn: true });
    expect(withdrawn.statusCode).toBe(201);
    expect(setsOf(await view('sanne', janPlan), 'zrm').map((s) => s.id)).not.toContain(mistake);
    expect(setsOf(await view('sanne', janPlan), 'zrm').map((s) => s.id)).not.toContain(withdrawn.json().id);
    const history = (await sanne.get(`/api/plans/${janPlan}/blocks/zrm/scores/history`)).json().items as Array<{ id: string; withdrawn: boolean; scores: unknown[] }>;
    expect(history.find((h) => h.id === mistake)).toMatchObject({ withdrawn: false, scores: [{ domainKey: 'finances', score: 1 }] });
    expect(history.find((h) => h.id === withdrawn.json().id)).toMatchObject({ withdrawn: true });
  });
});

describe('goal rights carry the version they were based on', () => {
  it('a stale save is 409 with the current rights and changes nothing; a save raises the rights version', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    const sanne = await as('sanne');
    const rights = (await sanne.get(`/api/plans/${janPlan}/rights`)).json();
    const walk = goalsOf(await view('sanne', janPlan)).find((g) => g.fields.title!.value === 'Zelf boodschappen doen')!;
    const jan = rights.participants.find((p: { name: { firstName: string } }) => p.name.firstName === 'Jan').personId as string;
    const ria = rights.participants.find((p: { name: { firstName: string } }) => p.name.firstName === 'Ria').personId as string;
    const url = `/api/plans/${janPlan}/goals/${walk.id}/rights`;
    const current = [
      { personId: jan, canView: true, canWrite: true, canMeasure: true },
      { personId: ria, canView: true, canWrite: false, canMeasure: false },
    ];
    // No version: 400 naming it.
    const missing = await sanne.put(url, { rights: current });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('version');
    // A relative may not set rights at all.
    expect((await (await as('jan')).put(url, { version: rights.version, rights: current })).statusCode).toBe(403);
    const saved = await sanne.put(url, { version: rights.version, rights: current });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(rights.version + 1);
    // A second screen, still on the old version, would take Ria's view away: 409 with the rights as they are now.
    const stale = await sanne.put(url, { version: rights.version, rights: [current[0]] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(rights.version + 1);
    const riaNow = stale.json().current.participants.find((p: { personId: string }) => p.personId === ria);
    expect(riaNow.goalRights[walk.id]).toEqual({ canView: true, canWrite: false, canMeasure: false });
    expect((await view('ria', janPlan)).blocks.find((b) => b.key === 'doelen')!.goals!.map((g) => g.id)).toContain(walk.id);
    // The block-level form read before the goal save is stale too: one version for the whole rights screen.
    const blockSave = await sanne.put(`/api/plans/${janPlan}/rights`, { version: rights.version, participants: [], groups: rights.groups });
    expect(blockSave.statusCode).toBe(409);
    expect(await audits(walk.id)).toContainEqual({ action: 'grant', object_type: 'planGoalRights' });
  });
});

describe('a goal’s life domain comes from the tenant’s catalogue', () => {
  it('an unknown code is refused naming the field (new goal: lifeDomain; field save: value) and nothing is stored', async () => {
    const emmaPlan = await planOf('emma-youth');
    const daan = await as('daan');
    const items = await count('plan_item');
    const revisions = await count('plan_field_revision');
    const added = await daan.post(`/api/plans/${emmaPlan}/blocks/doelen/goals`, { title: 'Vrij leefgebied', lifeDomain: 'Op school' });
    expect(added.statusCode).toBe(400);
    expect(added.json().errors).toEqual([{ field: 'lifeDomain', code: 'unknown', message: expect.any(String) }]);
    const goal = goalsOf(await view('daan', emmaPlan)).find((g) => g.fields.title!.value === 'Elke dag op tijd op school')!;
    const saved = await daan.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'doelen', itemId: goal.id, fieldKey: 'lifeDomain', value: 'maan', version: goal.fields.lifeDomain!.version });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().errors[0]).toMatchObject({ field: 'value', code: 'unknown' });
    expect(await count('plan_item')).toBe(items);
    expect(await count('plan_field_revision')).toBe(revisions);
  });

  it('the plan view and the PDF show the label in the reader’s language; a catalogue code is accepted', async () => {
    const emmaPlan = await planOf('emma-youth');
    const goal = goalsOf(await view('emma', emmaPlan)).find((g) => g.fields.title!.value === 'Elke dag op tijd op school')!;
    expect(goal.lifeDomain).toEqual({ code: 'work', label: { nl: 'Werk en opleiding', en: 'Work and education' } });
    const nl = pdfText((await (await as('emma')).get(`/api/plans/${emmaPlan}/pdf?lang=nl`)).rawPayload);
    expect(nl).toContain('Werk en opleiding');
    const en = pdfText((await (await as('emma')).get(`/api/plans/${emmaPlan}/pdf?lang=en`)).rawPayload);
    expect(en).toContain('Work and education');
    const added = await (await as('daan')).post(`/api/plans/${emmaPlan}/blocks/doelen/goals`, { title: 'Met vrienden afspreken', lifeDomain: 'network' });
    expect(added.statusCode).toBe(201);
    const shown = goalsOf(await view('daan', emmaPlan)).find((g) => g.id === added.json().id)!;
    expect(shown.lifeDomain).toEqual({ code: 'network', label: { nl: 'Sociaal netwerk', en: 'Social network' } });
  });
});

import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db/index.js';
import { useDemoTenants } from '../../test-support/demo-tenants.js';
import { pdfText } from '../../test-support/pdf-text.js';

const env = useDemoTenants();
const { as, count } = env;

type Plan = {
  id: string;
  revision: number;
  version: number;
  policies: string[];
  blocks: Array<{
    key: string;
    type: string;
    level: string;
    policies: string[];
    fields: Record<string, { value: unknown; version: number; updatedBy: string }>;
    goals?: Array<{ id: string; version: number; policies: string[]; fields: Record<string, { value: unknown; version: number }>; measurements: unknown[] }>;
    scoreSets?: Array<{ raterKind: string; scores: unknown[] }>;
    signatures?: Array<{ current: boolean; revision: number }>;
  }>;
};

async function planOf(dossier: string, key = 'daan'): Promise<string> {
  const response = await (await as(key)).get(`/api/dossiers/${env.demo.dossiers.get(dossier)}/plans`);
  expect(response.statusCode).toBe(200);
  const titles: Record<string, string> = { 'emma-youth': 'Jeugdplan Emma', 'jan-support': 'Ondersteuningsplan Jan', 'mohamed-wmo': 'Plan Mohamed' };
  return response.json().items.find((p: { title: string }) => p.title === titles[dossier]).id;
}


describe('who reaches a plan', () => {
  it('another tenant’s coach, a coach of another team and a provider of another dossier get 404, as for a plan that does not exist', async () => {
    const emmaPlan = await planOf('emma-youth');
    expect((await (await as('daan', env.elders)).get(`/api/plans/${emmaPlan}`)).statusCode).toBe(404);
    expect((await (await as('sanne')).get(`/api/plans/${emmaPlan}`)).statusCode).toBe(404);
    expect((await (await as('kees')).get(`/api/plans/${emmaPlan}`)).statusCode).toBe(404);
    expect((await (await as('daan')).get('/api/plans/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('a provider of the dossier whose group may only view reads the plan but cannot write (403) and nothing changes', async () => {
    const emmaPlan = await planOf('emma-youth');
    const noor = await as('noor');
    const plan = (await noor.get(`/api/plans/${emmaPlan}`)).json() as Plan;
    expect(plan.blocks.map((b) => b.key)).toEqual(['situatie', 'vragen', 'wat-telt', 'doelen', 'handtekeningen']);
    expect(plan.blocks.every((b) => b.level === 'view')).toBe(true);
    const situatie = plan.blocks.find((b) => b.key === 'situatie')!;
    const before = await count('plan_field_revision');
    const response = await noor.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'situatie', fieldKey: 'text', value: 'Overschreven', version: situatie.fields.text!.version });
    expect(response.statusCode).toBe(403);
    expect(await count('plan_field_revision')).toBe(before);
  });

  it('a relative sees only the goals granted to them: the hidden goal’s title is in no response, not even its history', async () => {
    const emmaPlan = await planOf('emma-youth');
    const coachView = (await (await as('daan')).get(`/api/plans/${emmaPlan}`)).json() as Plan;
    const hidden = coachView.blocks.find((b) => b.key === 'doelen')!.goals!.find((g) => g.fields.title!.value === 'Een eigen plek om tot rust te komen')!;
    expect(hidden).toBeDefined();
    const karin = await as('karin');
    const response = await karin.get(`/api/plans/${emmaPlan}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('Een eigen plek');
    const goals = (response.json() as Plan).blocks.find((b) => b.key === 'doelen')!.goals!;
    expect(goals.map((g) => g.fields.title!.value)).toEqual(['Elke dag op tijd op school', 'Minder ruzie thuis']);
    const history = await karin.get(`/api/plans/${emmaPlan}/fields/history?blockKey=doelen&fieldKey=title&itemId=${hidden.id}`);
    expect(history.statusCode).toBe(404);
    expect(history.body).not.toContain('Een eigen plek');
    // Emma, whose goal it is, sees it.
    expect((await (await as('emma')).get(`/api/plans/${emmaPlan}`)).body).toContain('Een eigen plek');
  });

  it('a relative who may only view a block gets view there, even when the plan grants write (Ria on Jan’s plan)', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    const ria = (await (await as('ria')).get(`/api/plans/${janPlan}`)).json() as Plan;
    expect(ria.blocks.map((b) => b.key)).toEqual(['zrm', 'doelen', 'diensten', 'handtekeningen']);
    expect(ria.blocks.every((b) => b.level === 'view')).toBe(true);
    expect(JSON.stringify(ria)).not.toContain('Rekeningen op tijd betalen');
  });
});

describe('fields', () => {
  it('bad input names the field and stores nothing: unknown question, wrong type of answer, unknown block', async () => {
    const emmaPlan = await planOf('emma-youth');
    const emma = await as('emma');
    const before = await count('plan_field_revision');
    const unknownField = await emma.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'vragen', fieldKey: 'favourite-colour', value: 'blauw', version: 0 });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().errors[0]).toMatchObject({ field: 'fieldKey', code: 'unknown' });
    const wrongType = await emma.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'vragen', fieldKey: 'uren-slaap', value: 30, version: 0 });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0].field).toBe('value');
    const choice = await emma.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'vragen', fieldKey: 'woont', value: 'opa', version: 1 });
    expect(choice.statusCode).toBe(400);
    expect((await emma.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'nope', fieldKey: 'text', value: 'x', version: 0 })).statusCode).toBe(404);
    expect(await count('plan_field_revision')).toBe(before);
  });

  it('two people editing the same field: the second gets 409 with the first one’s value, and nothing is overwritten', async () => {
    const emmaPlan = await planOf('emma-youth');
    const emma = await as('emma');
    const karin = await as('karin');
    const plan = (await emma.get(`/api/plans/${emmaPlan}`)).json() as Plan;
    const version = plan.blocks.find((b) => b.key === 'situatie')!.fields.text!.version;
    const first = await emma.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'situatie', fieldKey: 'text', value: 'Emma’s nieuwe tekst', version });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ value: 'Emma’s nieuwe tekst', version: version + 1, updatedBy: 'Emma Smit' });
    const second = await karin.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'situatie', fieldKey: 'text', value: 'Karins tekst', version });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ value: 'Emma’s nieuwe tekst', version: version + 1, updatedBy: 'Emma Smit' });
    const history = (await karin.get(`/api/plans/${emmaPlan}/fields/history?blockKey=situatie&fieldKey=text`)).json();
    expect(history.items[0]).toMatchObject({ version: version + 1, value: 'Emma’s nieuwe tekst', changedBy: 'Emma Smit' });
    expect(history.items.map((i: { changedBy: string }) => i.changedBy)).toEqual(['Emma Smit', 'Karin Smit', 'Emma Smit', 'Daan Bakker']);
    // Karin is Emma's guardian: her earlier change was made on Emma's behalf.
    expect(history.items[1].onBehalfOf).toBe('Emma Smit');
  });

  it('a saved value raises the plan’s revision, so an earlier signature shows as older', async () => {
    const emmaPlan = await planOf('emma-youth');
    const daan = await as('daan');
    const before = (await daan.get(`/api/plans/${emmaPlan}`)).json() as Plan;
    const signed = await daan.post(`/api/plans/${emmaPlan}/signatures`, { kind: 'seen' });
    expect(signed.statusCode).toBe(201);
    expect(signed.json().revision).toBe(before.revision);
    const field = before.blocks.find((b) => b.key === 'vragen')!.fields.school!;
    expect((await daan.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'vragen', fieldKey: 'school', value: 'Het Baken, klas 3', version: field.version })).statusCode).toBe(200);
    const after = (await daan.get(`/api/plans/${emmaPlan}`)).json() as Plan;
    expect(after.revision).toBe(before.revision + 1);
    const signatures = after.blocks.find((b) => b.key === 'handtekeningen')!.signatures!;
    expect(signatures.at(-1)).toMatchObject({ revision: before.revision, current: false, signInMethod: 'password+email-code' });
  });

  it('a signature records how the signing session signed in, not how the account’s latest session did', async () => {
    const emmaPlan = await planOf('emma-youth');
    const first = await as('daan');
    // A second, newer session of the same account that signed in another way.
    await as('daan');
    await inTenant(env.t.database.owner, env.demo.tenantId, (tx) =>
      tx.execute(sql`update session set sign_in_method = 'totp', last_seen_at = now() + interval '1 minute'
        where id = (select s.id from session s join account a on a.id = s.account_id
                    where a.person_id = ${env.demo.people.get('daan')}::uuid and s.ended_at is null order by s.created_at desc limit 1)`),
    );
    expect((await first.post(`/api/plans/${emmaPlan}/signatures`, { kind: 'approved' })).statusCode).toBe(201);
    const signatures = ((await first.get(`/api/plans/${emmaPlan}`)).json() as Plan).blocks.find((b) => b.key === 'handtekeningen')!.signatures!;
    expect(signatures.at(-1)).toMatchObject({ kind: 'approved', signInMethod: 'password+email-code' });
  });
});

describe('goals, measurements and scores', () => {
  it('a relative without the right to measure cannot add one (403); Emma can, on the scale only', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    const emmaPlan = await planOf('emma-youth');
    const emma = await as('emma');
    const plan = (await emma.get(`/api/plans/${emmaPlan}`)).json() as Plan;
    const goal = plan.blocks.find((b) => b.key === 'doelen')!.goals![1]!;
    const karin = await as('karin');
    const before = await count('plan_measurement');
    // Karin may measure goal 1 and 2 but writes the goals block only at view level: she may add measurements, not edit.
    expect((await karin.put(`/api/plans/${emmaPlan}/fields`, { blockKey: 'doelen', itemId: goal.id, fieldKey: 'title', value: 'x', version: goal.fields.title!.version })).statusCode).toBe(403);
    const outOfScale = await emma.post(`/api/plans/${emmaPlan}/goals/${goal.id}/measurements`, { value: 11, measuredOn: '2026-11-20', note: '' });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().errors[0].field).toBe('value');
    expect(await count('plan_measurement')).toBe(before);
    expect((await emma.post(`/api/plans/${emmaPlan}/goals/${goal.id}/measurements`, { value: 7, measuredOn: '2026-11-20', note: 'Beter' })).statusCode).toBe(201);
    // Jan's plan has no measurements on goals: textual progress only.
    const janGoal = ((await (await as('sanne')).get(`/api/plans/${janPlan}`)).json() as Plan).blocks.find((b) => b.key === 'doelen')!.goals![0]!;
    expect((await (await as('sanne')).post(`/api/plans/${janPlan}/goals/${janGoal.id}/measurements`, { value: 3, measuredOn: '2026-11-20', note: '' })).statusCode).toBe(404);
  });

  it('Wat Telt: the resident, the professional and a relative who may write score as three series; bad domains are refused', async () => {
    const emmaPlan = await planOf('emma-youth');
    const karin = await as('karin');
    const bad = await karin.post(`/api/plans/${emmaPlan}/blocks/wat-telt/scores`, { measuredOn: '2026-11-22', scores: [{ domainKey: 'maan', score: 5 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'scores.0.domainKey', code: 'unknown' });
    const tooHigh = await karin.post(`/api/plans/${emmaPlan}/blocks/wat-telt/scores`, { measuredOn: '2026-11-22', scores: [{ domainKey: 'thuis', score: 11 }] });
    expect(tooHigh.statusCode).toBe(400);
    const ok = await karin.post(`/api/plans/${emmaPlan}/blocks/wat-telt/scores`, { measuredOn: '2026-11-22', scores: [{ domainKey: 'thuis', score: 7, note: 'Rustiger' }] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().raterKind).toBe('resident');
    const plan = (await (await as('daan')).get(`/api/plans/${emmaPlan}`)).json() as Plan;
    const kinds = new Set(plan.blocks.find((b) => b.key === 'wat-telt')!.scoreSets!.map((s) => s.raterKind));
    expect([...kinds].sort()).toEqual(['network', 'professional', 'resident']);
  });

  it('ZRM scores outside 1–5 are refused; Jan may only view the ZRM block (403)', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    const sanne = await as('sanne');
    const bad = await sanne.post(`/api/plans/${janPlan}/blocks/zrm/scores`, { measuredOn: '2026-11-22', scores: [{ domainKey: 'finances', score: 0 }] });
    expect(bad.statusCode).toBe(400);
    expect((await (await as('jan')).post(`/api/plans/${janPlan}/blocks/zrm/scores`, { measuredOn: '2026-11-22', scores: [{ domainKey: 'finances', score: 3 }] })).statusCode).toBe(403);
    expect((await sanne.post(`/api/plans/${janPlan}/blocks/zrm/scores`, { measuredOn: '2026-11-22', scores: [{ domainKey: 'finances', score: 4 }] })).statusCode).toBe(201);
  });

  it('a removed goal leaves the page but stays in the history', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    const sanne = await as('sanne');
    const added = await sanne.post(`/api/plans/${janPlan}/blocks/doelen/goals`, { title: 'Tijdelijk doel', lifeDomain: 'network' });
    expect(added.statusCode).toBe(201);
    const goalId = added.json().id as string;
    const jan = await as('jan');
    expect((await jan.get(`/api/plans/${janPlan}`)).body).toContain('Tijdelijk doel');
    const goal = ((await sanne.get(`/api/plans/${janPlan}`)).json() as Plan).blocks.find((b) => b.key === 'doelen')!.goals!.find((g) => g.id === goalId)!;
    expect((await jan.delete(`/api/plans/${janPlan}/items/${goalId}`, { version: goal.version })).statusCode).toBe(403);
    expect((await sanne.delete(`/api/plans/${janPlan}/items/${goalId}`, { version: goal.version })).statusCode).toBe(204);
    expect((await sanne.get(`/api/plans/${janPlan}`)).body).not.toContain('Tijdelijk doel');
    const history = (await sanne.get(`/api/plans/${janPlan}/fields/history?blockKey=doelen&fieldKey=title&itemId=${goalId}`)).json();
    expect(history.items[0].value).toBe('Tijdelijk doel');
  });
});

describe('rights and creation', () => {
  it('only professionals whose group may edit set rights; a relative who may not see a goal gets it after a grant', async () => {
    const janPlan = await planOf('jan-support', 'sanne');
    expect((await (await as('jan')).get(`/api/plans/${janPlan}/rights`)).statusCode).toBe(403);
    expect((await (await as('fatima')).get(`/api/plans/${janPlan}/rights`)).statusCode).toBe(404);
    const sanne = await as('sanne');
    const rights = (await sanne.get(`/api/plans/${janPlan}/rights`)).json();
    // The resident first, then the dossier's relatives (Henk is informed only: linkable, without a login).
    expect(rights.participants.map((p: { name: { firstName: string } }) => p.name.firstName)).toEqual(['Jan', 'Henk', 'Ria']);
    const plan = (await sanne.get(`/api/plans/${janPlan}`)).json() as Plan;
    const money = plan.blocks.find((b) => b.key === 'doelen')!.goals!.find((g) => g.fields.title!.value === 'Rekeningen op tijd betalen')!;
    const ria = rights.participants.find((p: { name: { firstName: string } }) => p.name.firstName === 'Ria').personId;
    const jan = rights.participants.find((p: { name: { firstName: string } }) => p.name.firstName === 'Jan').personId;
    const stranger = await sanne.put(`/api/plans/${janPlan}/goals/${money.id}/rights`, { version: rights.version, rights: [{ personId: env.demo.people.get('karin'), canView: true, canWrite: false, canMeasure: false }] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].field).toBe('rights.0.personId');
    const granted = await sanne.put(`/api/plans/${janPlan}/goals/${money.id}/rights`, {
      version: rights.version,
      rights: [
        { personId: jan, canView: true, canWrite: true, canMeasure: false },
        { personId: ria, canView: true, canWrite: false, canMeasure: false },
      ],
    });
    expect(granted.statusCode).toBe(200);
    expect((await (await as('ria')).get(`/api/plans/${janPlan}`)).body).toContain('Rekeningen op tijd betalen');
    // Taking it back hides it again at once.
    const back = await sanne.put(`/api/plans/${janPlan}/goals/${money.id}/rights`, { version: granted.json().version, rights: [{ personId: jan, canView: true, canWrite: true, canMeasure: false }] });
    expect(back.statusCode).toBe(200);
    expect((await (await as('ria')).get(`/api/plans/${janPlan}`)).body).not.toContain('Rekeningen op tijd betalen');
  });

  it('saving rights with a stale version is a conflict; the coach cannot take edit away from themselves', async () => {
    const mohamedPlan = await planOf('mohamed-wmo', 'sanne');
    const sanne = await as('sanne');
    const rights = (await sanne.get(`/api/plans/${mohamedPlan}/rights`)).json();
    const coaches = rights.groups.find((g: { name: string }) => g.name === 'Wijkteam coaches').userGroupId;
    const lockout = await sanne.put(`/api/plans/${mohamedPlan}/rights`, { version: rights.version, participants: [], groups: [{ userGroupId: coaches, level: 'view' }] });
    expect(lockout.statusCode).toBe(400);
    expect(lockout.json().errors[0].field).toBe('groups');
    const stale = await sanne.put(`/api/plans/${mohamedPlan}/rights`, { version: rights.version + 3, participants: [], groups: [{ userGroupId: coaches, level: 'edit' }] });
    expect(stale.statusCode).toBe(409);
  });

  it('a coach makes a plan only from a published template of their group; the resident is linked with portal access', async () => {
    const daan = await as('daan');
    const templates = (await daan.get('/api/plan-templates')).json().items as Array<{ id: string; name: string }>;
    expect(templates.map((tpl) => tpl.name).sort()).toEqual(['Jeugdplan integraal', 'Kort plan', 'Ondersteuningsplan volwassenen']);
    const groups = (await (await as('daan')).get(`/api/plans/${await planOf('emma-youth')}/rights`)).json().groups as Array<{ userGroupId: string; name: string }>;
    const coaches = groups.find((g) => g.name === 'Wijkteam coaches')!.userGroupId;
    const providers = groups.find((g) => g.name === 'Aanbieders')!.userGroupId;
    const url = `/api/dossiers/${env.demo.dossiers.get('emma-youth')}/plans`;
    const before = await count('plan');
    const notMine = await daan.post(url, { templateId: templates[0]!.id, title: 'Plan', groups: [{ userGroupId: providers, level: 'edit' }] });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().errors[0].field).toBe('groups');
    expect((await daan.post(url, { templateId: '00000000-0000-4000-8000-000000000000', title: 'Plan', groups: [{ userGroupId: coaches, level: 'edit' }] })).statusCode).toBe(400);
    expect((await (await as('karin')).post(url, { templateId: templates[0]!.id, title: 'Plan', groups: [{ userGroupId: coaches, level: 'edit' }] })).statusCode).toBe(403);
    expect(await count('plan')).toBe(before);
    const short = templates.find((tpl) => tpl.name === 'Kort plan')!;
    const made = await daan.post(url, { templateId: short.id, title: 'Kort plan Emma', groups: [{ userGroupId: coaches, level: 'edit' }] });
    expect(made.statusCode).toBe(201);
    expect((made.json() as Plan).blocks.map((b) => b.key)).toEqual(['leefsituatie', 'toekomst', 'afspraken']);
    const emmaSees = (await (await as('emma')).get(`/api/plans/${made.json().id}`)).json() as Plan;
    expect(emmaSees.blocks.every((b) => b.level === 'write')).toBe(true);
    // Karin is not linked to the new plan yet: she does not see it in the list.
    const karinList = (await (await as('karin')).get(url)).json().items as Array<{ id: string }>;
    expect(karinList.map((p) => p.id)).not.toContain(made.json().id);
  });
});

describe('PDF', () => {
  it('the PDF holds what the reader may see: Karin’s lacks the hidden goal that Emma’s has; it is tagged and in Dutch', async () => {
    const emmaPlan = await planOf('emma-youth');
    const karin = await (await as('karin')).get(`/api/plans/${emmaPlan}/pdf`);
    expect(karin.statusCode).toBe(200);
    expect(karin.headers['content-type']).toBe('application/pdf');
    expect(karin.headers['content-disposition']).toMatch(/^attachment;/);
    const karinText = pdfText(karin.rawPayload);
    expect(karinText).toContain('Elke dag op tijd op school');
    expect(karinText).not.toContain('eigen plek');
    const raw = karin.rawPayload.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(nl-NL\)/);
    const emma = await (await as('emma')).get(`/api/plans/${emmaPlan}/pdf`);
    expect(pdfText(emma.rawPayload)).toContain('eigen plek');
    // Another tenant gets nothing.
    expect((await (await as('daan', env.elders)).get(`/api/plans/${emmaPlan}/pdf`)).statusCode).toBe(404);
  });

  it('signing freezes the signer’s view as a PDF, which only the signer and the plan’s professionals open', async () => {
    const emmaPlan = await planOf('emma-youth');
    const signed = await (await as('karin')).post(`/api/plans/${emmaPlan}/signatures`, { kind: 'seen' });
    expect(signed.statusCode).toBe(201);
    const url = `/api/plans/${emmaPlan}/signatures/${signed.json().id}/pdf`;
    expect((await (await as('emma')).get(url)).statusCode).toBe(404);
    const own = await (await as('karin')).get(url);
    expect(own.statusCode).toBe(200);
    expect(pdfText(own.rawPayload)).not.toContain('eigen plek');
    expect((await (await as('daan')).get(url)).statusCode).toBe(200);
    const plan = (await (await as('daan')).get(`/api/plans/${emmaPlan}`)).json() as Plan;
    expect(plan.blocks.find((b) => b.key === 'handtekeningen')!.signatures!.at(-1)).toMatchObject({ kind: 'seen', current: true, hasPdf: true });
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { Role, Subject } from '../../platform/policy/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { planSubject } from './access.js';
import { blockTypes, type Block } from './blocks.js';
import { planBlockPolicy, planGoalPolicy, planPolicy } from './policy.js';

/**
 * Every block type × every goal setting × each kind of person × view / write / measure, with the person's relation
 * to the dossier resolved by the real SQL. Expected answers are written from the issue and seed 001, independently
 * of the policy code; an unexpected grant is counted on its own, because it is the one that leaks.
 */

type Level = 'none' | 'view' | 'write';
type GoalSetting = { key: string; canView: boolean; canWrite: boolean; canMeasure: boolean } | null;
const goalSettings: GoalSetting[] = [
  null,
  { key: 'view', canView: true, canWrite: false, canMeasure: false },
  { key: 'view-write', canView: true, canWrite: true, canMeasure: false },
  { key: 'view-measure', canView: true, canWrite: false, canMeasure: true },
  { key: 'all', canView: true, canWrite: true, canMeasure: true },
  // Stored rights without view: nothing follows from them.
  { key: 'write-without-view', canView: false, canWrite: true, canMeasure: true },
];
const levels: Level[] = ['none', 'view', 'write'];

/** One block of every type; the goals blocks come in one per level a person can have on them. */
const blocks: Block[] = [
  ...blockTypes.filter((type) => type !== 'goals').map((type, i) => ({ key: `b${i}-${type}`, type, title: type }) as Block),
  ...levels.map((level) => ({ key: `goals-${level}`, type: 'goals', title: 'Doelen', targetDate: true, lifeDomain: true, measurements: { min: 1, max: 10, minLabel: '', maxLabel: '' }, actions: true }) as Block),
];
/** The level a linked person gets on each block: the `goals-*` blocks say theirs, others cycle through the levels. */
const grantOf = (blockKey: string, index: number): Level => (blockKey.startsWith('goals-') ? (blockKey.slice(6) as Level) : levels[index % 3]!);

const actors: Array<[key: string, role?: Role]> = [
  ['jan'], ['emma'], ['ria'], ['karin'], ['sanne'], ['lotte', 'coach'], ['lotte', 'teamSuperuser'], ['daan'], ['fatima'], ['kees'], ['noor'], ['peter'],
];
const dossierKeys = ['jan-support', 'jan-debts', 'emma-youth', 'mohamed-wmo'] as const;
/** Groups on every plan: coaches edit, consultants and providers view, admins nothing. */
const groupLevel: Record<string, 'view' | 'edit'> = { 'Wijkteam coaches': 'edit', 'Consulenten Wmo': 'view', Aanbieders: 'view' };
const memberOf: Record<string, string> = { sanne: 'Wijkteam coaches', lotte: 'Wijkteam coaches', daan: 'Wijkteam coaches', fatima: 'Consulenten Wmo', kees: 'Aanbieders', noor: 'Aanbieders', peter: 'Functioneel beheer' };

/** The facts of the demo, from demo-dossiers.ts and demo-tenant.ts, plus the relatives added below. */
const residentOf: Record<string, string> = { 'jan-support': 'jan', 'jan-debts': 'jan', 'emma-youth': 'emma', 'mohamed-wmo': 'mohamed' };
const relativesOf: Record<string, Record<string, 'informed' | 'none' | 'view' | 'write'>> = {
  'jan-support': { ria: 'view' },
  'jan-debts': { ria: 'view', karin: 'write' },
  'emma-youth': { karin: 'write' },
  'mohamed-wmo': { ria: 'informed', karin: 'none' },
};
const closed = new Set(['jan-debts']);
/** Professionals with a relation to each dossier: its team's coaches, named professionals, referred providers. */
const professionalsOf: Record<string, string[]> = {
  'jan-support': ['sanne', 'lotte', 'kees'],
  'jan-debts': ['sanne', 'lotte'],
  'emma-youth': ['daan', 'noor'],
  'mohamed-wmo': ['sanne', 'lotte', 'fatima', 'kees', 'noor'],
};
/** Linked to the plans with portal access; Karin is linked to the closed dossier's plan without it. */
const withoutPortal = new Set(['jan-debts:karin']);

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;
const plans = new Map<string, { planId: string; goals: Map<string, Map<string, string>> }>();

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  await inTenant(t.database.owner, demo.tenantId, async (tx) => {
    const person = (key: string) => demo.people.get(key)!;
    await tx.execute(sql`insert into dossier_relative (tenant_id, dossier_id, person_id, relation, level) values
      (${demo.tenantId}, ${demo.dossiers.get('mohamed-wmo')}, ${person('ria')}, 'Buur', 'informed'),
      (${demo.tenantId}, ${demo.dossiers.get('mohamed-wmo')}, ${person('karin')}, 'Buur', 'none'),
      (${demo.tenantId}, ${demo.dossiers.get('jan-debts')}, ${person('karin')}, 'Buur', 'write')`);
    const [template] = await queryRows<{ id: string }>(tx, sql`insert into plan_template (tenant_id, name, draft_blocks) values (${demo.tenantId}, 'Matrix', ${JSON.stringify(blocks)}::jsonb) returning id`);
    const [version] = await queryRows<{ id: string }>(
      tx,
      sql`insert into plan_template_version (tenant_id, template_id, number, name, blocks, published_by_person_id)
          values (${demo.tenantId}, ${template!.id}, 1, 'Matrix', ${JSON.stringify(blocks)}::jsonb, ${person('peter')}) returning id`,
    );
    const groups = await queryRows<{ id: string; name: string }>(tx, sql`select id, name from user_group`);
    for (const dossier of dossierKeys) {
      const [plan] = await queryRows<{ id: string }>(
        tx,
        sql`insert into plan (tenant_id, dossier_id, template_version_id, title, created_by_person_id)
            values (${demo.tenantId}, ${demo.dossiers.get(dossier)}, ${version!.id}, 'Matrix', ${person('sanne')}) returning id`,
      );
      for (const g of groups.filter((g) => groupLevel[g.name])) {
        await tx.execute(sql`insert into plan_group_access (tenant_id, plan_id, user_group_id, level) values (${demo.tenantId}, ${plan!.id}, ${g.id}, ${groupLevel[g.name]!})`);
      }
      const linked = [residentOf[dossier]!, ...Object.keys(relativesOf[dossier]!)];
      for (const key of linked) {
        const blockLevels = Object.fromEntries(blocks.map((b, i) => [b.key, grantOf(b.key, i)]));
        await tx.execute(sql`insert into plan_participant (tenant_id, plan_id, person_id, portal_access, block_levels)
          values (${demo.tenantId}, ${plan!.id}, ${person(key)}, ${!withoutPortal.has(`${dossier}:${key}`)}, ${JSON.stringify(blockLevels)}::jsonb)`);
      }
      // In each goals block one goal per setting, the setting applied to every linked person.
      const goals = new Map<string, Map<string, string>>();
      for (const block of blocks.filter((b) => b.type === 'goals')) {
        const byKey = new Map<string, string>();
        for (const [position, setting] of goalSettings.entries()) {
          const [goal] = await queryRows<{ id: string }>(
            tx,
            sql`insert into plan_item (tenant_id, plan_id, block_key, kind, position) values (${demo.tenantId}, ${plan!.id}, ${block.key}, 'goal', ${position}) returning id`,
          );
          byKey.set(setting?.key ?? 'none', goal!.id);
          if (!setting) continue;
          for (const key of linked) {
            await tx.execute(sql`insert into plan_item_right (tenant_id, item_id, person_id, can_view, can_write, can_measure)
              values (${demo.tenantId}, ${goal!.id}, ${person(key)}, ${setting.canView}, ${setting.canWrite}, ${setting.canMeasure})`);
          }
        }
        goals.set(block.key, byKey);
      }
      plans.set(dossier, { planId: plan!.id, goals });
    }
  });
}, 120_000);
afterAll(() => t.close());

type Case = { what: string; expected: boolean; actual: boolean };

/** The level the issue and seed 001 give this person on this block of this dossier's plan. */
function expectedLevel(key: string, role: Role, dossier: string, blockKey: string, index: number): Level {
  const open = !closed.has(dossier);
  const cap = (level: Level, max: Level): Level => (levels.indexOf(level) <= levels.indexOf(max) ? level : max);
  if (role === 'resident' || role === 'relative') {
    const isResident = residentOf[dossier] === key;
    const relativeLevel = relativesOf[dossier]![key];
    const canSignIn = isResident || relativeLevel === 'view' || relativeLevel === 'write';
    if (!canSignIn || withoutPortal.has(`${dossier}:${key}`)) return 'none';
    let level = grantOf(blockKey, index);
    if (relativeLevel === 'view') level = cap(level, 'view');
    return open ? level : cap(level, 'view');
  }
  if (!professionalsOf[dossier]!.includes(key)) return 'none';
  const group = groupLevel[memberOf[key]!];
  const level: Level = group === 'edit' ? 'write' : group === 'view' ? 'view' : 'none';
  return open ? level : cap(level, 'view');
}

async function casesFor(tenant: DemoTenant, key: string, role: Role | undefined): Promise<Case[]> {
  const subject: Subject = await tenant.subject(key, role);
  const cases: Case[] = [];
  for (const dossier of dossierKeys) {
    const { planId, goals } = plans.get(dossier)!;
    const foreign = tenant !== demo;
    const reached = await inTenant(t.database.owner, subject.tenantId, async (tx) => {
      try {
        return (await planSubject(tx, subject, planId, new Date())).ps;
      } catch (error) {
        if (error instanceof AppError) return null;
        throw error;
      }
    });
    const label = `${foreign ? 'elders:' : ''}${key}/${subject.role} on ${dossier}`;
    blocks.forEach((block, index) => {
      const level = foreign ? 'none' : expectedLevel(key, subject.role, dossier, block.key, index);
      const object = { tenantId: demo.tenantId, blockKey: block.key };
      const can = (action: 'read' | 'write') => (reached ? planBlockPolicy.can(reached, action, object) : false);
      cases.push({ what: `${label} ${block.type}:${block.key} view`, expected: level !== 'none', actual: can('read') });
      cases.push({ what: `${label} ${block.type}:${block.key} write`, expected: level === 'write', actual: can('write') });
      if (block.type !== 'goals') return;
      for (const setting of goalSettings) {
        const goalId = goals.get(block.key)!.get(setting?.key ?? 'none')!;
        const portal = subject.role === 'resident' || subject.role === 'relative';
        const right = setting && setting.canView ? setting : null;
        const sees = level !== 'none' && (portal ? !!right : true);
        const writes = level === 'write' && (portal ? !!right?.canWrite : true);
        const measures = portal ? level !== 'none' && !closed.has(dossier) && !!right?.canMeasure : level === 'write';
        const goal = { ...object, goalId };
        const g = (action: 'read' | 'write' | 'measure') => (reached ? planGoalPolicy.can(reached, action, goal) : false);
        const what = `${label} goal(${setting?.key ?? 'no right'}) in ${block.key}`;
        cases.push({ what: `${what} view`, expected: sees, actual: g('read') });
        cases.push({ what: `${what} write`, expected: writes, actual: g('write') });
        cases.push({ what: `${what} measure`, expected: measures, actual: g('measure') });
      }
    });
    const planLevel = foreign ? 'none' : expectedLevel(key, subject.role, dossier, 'goals-write', 0);
    const professional = subject.role !== 'resident' && subject.role !== 'relative';
    cases.push({ what: `${label} plan read`, expected: planLevel !== 'none', actual: reached ? planPolicy.can(reached, 'read', { tenantId: demo.tenantId }) : false });
    cases.push({ what: `${label} plan manageRights`, expected: professional && planLevel === 'write', actual: reached ? planPolicy.can(reached, 'manageRights', { tenantId: demo.tenantId }) : false });
  }
  return cases;
}

describe('plan policy matrix', () => {
  it('every block type × goal setting × person × view / write / measure: no unexpected grant, no unexpected refusal', async () => {
    const cases: Case[] = [];
    for (const [key, role] of actors) cases.push(...(await casesFor(demo, key, role)));
    // Another tenant's people with the same roles reach nothing here.
    for (const key of ['daan', 'sanne', 'jan', 'karin']) cases.push(...(await casesFor(other, key, undefined)));
    const grants = cases.filter((c) => c.actual && !c.expected);
    const refusals = cases.filter((c) => !c.actual && c.expected);
    console.log(`plan policy matrix: ${cases.length} cases, ${grants.length} unexpected grants, ${refusals.length} unexpected refusals`);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    expect(grants.map((c) => c.what)).toEqual([]);
    expect(refusals.map((c) => c.what)).toEqual([]);
  }, 120_000);
});

import { eq } from 'drizzle-orm';
import {
  planFieldRevisions,
  planFields,
  planGroupAccess,
  planItemRights,
  planItems,
  planMeasurements,
  planParticipants,
  plans,
  planScores,
  planScoreSets,
  planSignatures,
  planTemplateGroups,
  planTemplates,
  planTemplateVersions,
  userGroups,
} from '../../db/schema/index.js';
import { zrmVersion } from '../../modules/plan/blocks.js';
import { dayFrom, requireId, type DemoContext } from '../demo-context.js';
import { demoTemplates } from './plan-templates.js';

type Level = 'none' | 'view' | 'write';

/** Plans for each demo resident: history from several people, scores at three moments, a goal hidden from the relative. */
export async function seedPlans(context: DemoContext) {
  const { tx, tenantId, cipher, now } = context;
  const person = (key: string) => requireId(context.people, key);
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  const groups = new Map((await tx.select({ id: userGroups.id, name: userGroups.name }).from(userGroups)).map((g) => [g.name, g.id]));
  const admin = person('peter');

  const versions = new Map<string, { id: string; blocks: (typeof demoTemplates)[number]['blocks'] }>();
  for (const template of demoTemplates) {
    const [row] = await tx
      .insert(planTemplates)
      .values({ tenantId, name: template.name, description: template.description, draftBlocks: template.blocks, createdAt: at(200), updatedAt: at(200) })
      .returning({ id: planTemplates.id });
    await tx.insert(planTemplateGroups).values(template.groups.map((name) => ({ tenantId, templateId: row!.id, userGroupId: requireId(groups, name) })));
    const [version] = await tx
      .insert(planTemplateVersions)
      .values({ tenantId, templateId: row!.id, number: 1, name: template.name, blocks: template.blocks, publishedByPersonId: admin, createdAt: at(200) })
      .returning({ id: planTemplateVersions.id });
    versions.set(template.key, { id: version!.id, blocks: template.blocks });
  }

  async function plan(dossier: string, template: string, title: string, by: string, daysAgo: number, groupLevels: Record<string, 'view' | 'edit'>) {
    const [row] = await tx
      .insert(plans)
      .values({ tenantId, dossierId: requireId(context.dossiers, dossier), templateVersionId: versions.get(template)!.id, title, createdByPersonId: person(by), lastChangedByPersonId: person(by), createdAt: at(daysAgo), updatedAt: at(daysAgo) })
      .returning({ id: plans.id });
    await tx.insert(planGroupAccess).values(Object.entries(groupLevels).map(([name, level]) => ({ tenantId, planId: row!.id, userGroupId: requireId(groups, name), level })));
    return row!.id;
  }
  const link = (planId: string, who: string, blockLevels: Record<string, Level>) =>
    tx.insert(planParticipants).values({ tenantId, planId, personId: person(who), portalAccess: true, blockLevels });

  /** Guardians act on behalf of the resident; their changes say so in the history. */
  const onBehalfOf: Record<string, string> = { karin: 'emma' };
  /** A field with its values in order: each [value, person, days ago] becomes a version in its history. */
  async function field(planId: string, blockKey: string, itemId: string | null, fieldKey: string, values: Array<[unknown, string, number]>) {
    const [first] = values;
    const last = values[values.length - 1]!;
    const [row] = await tx
      .insert(planFields)
      .values({ tenantId, planId, blockKey, itemId, fieldKey, valueEncrypted: cipher.encrypt(JSON.stringify(last[0])), version: values.length, updatedByPersonId: person(last[1]), createdAt: at(first![2]), updatedAt: at(last[2]) })
      .returning({ id: planFields.id });
    await tx.insert(planFieldRevisions).values(
      values.map(([value, who, daysAgo], index) => ({ tenantId, fieldId: row!.id, planId, version: index + 1, valueEncrypted: cipher.encrypt(JSON.stringify(value)), changedByPersonId: person(who), onBehalfOfPersonId: onBehalfOf[who] ? person(onBehalfOf[who]) : null, changedAt: at(daysAgo), createdAt: at(daysAgo) })),
    );
  }
  async function goal(planId: string, blockKey: string, position: number, by: string, daysAgo: number, fields: Record<string, unknown>, rights: Array<[string, boolean, boolean]>) {
    const [row] = await tx.insert(planItems).values({ tenantId, planId, blockKey, kind: 'goal', position, createdAt: at(daysAgo), updatedAt: at(daysAgo) }).returning({ id: planItems.id });
    for (const [key, value] of Object.entries(fields)) await field(planId, blockKey, row!.id, key, [[value, by, daysAgo]]);
    if (rights.length > 0) {
      await tx.insert(planItemRights).values(rights.map(([who, canWrite, canMeasure]) => ({ tenantId, itemId: row!.id, personId: person(who), canView: true, canWrite, canMeasure })));
    }
    return row!.id;
  }
  async function action(planId: string, blockKey: string, goalId: string, position: number, by: string, daysAgo: number, fields: Record<string, unknown>) {
    const [row] = await tx.insert(planItems).values({ tenantId, planId, blockKey, kind: 'action', parentId: goalId, position, createdAt: at(daysAgo), updatedAt: at(daysAgo) }).returning({ id: planItems.id });
    for (const [key, value] of Object.entries(fields)) await field(planId, blockKey, row!.id, key, [[value, by, daysAgo]]);
  }
  async function scores(planId: string, blockKey: string, who: string, raterKind: 'resident' | 'professional' | 'network', daysAgo: number, instrument: string, values: Record<string, number>) {
    const [set] = await tx
      .insert(planScoreSets)
      .values({ tenantId, planId, blockKey, raterPersonId: person(who), raterKind, measuredOn: dayFrom(now, -daysAgo), instrumentVersion: instrument, createdAt: at(daysAgo) })
      .returning({ id: planScoreSets.id });
    await tx.insert(planScores).values(Object.entries(values).map(([domainKey, score]) => ({ tenantId, setId: set!.id, domainKey, score })));
  }
  const bump = (planId: string, revision: number, by: string) =>
    tx.update(plans).set({ revision, lastChangedByPersonId: person(by), updatedAt: at(1) }).where(eq(plans.id, planId));

  // Emma: the youth plan, with Karin (guardian) and Daan; one goal is Emma's own and hidden from Karin.
  const emma = await plan('emma-youth', 'youth', 'Jeugdplan Emma', 'daan', 56, { 'Wijkteam coaches': 'edit', Aanbieders: 'view' });
  await link(emma, 'emma', { situatie: 'write', vragen: 'write', 'wat-telt': 'write', doelen: 'write', handtekeningen: 'write' });
  await link(emma, 'karin', { situatie: 'write', vragen: 'view', 'wat-telt': 'write', doelen: 'view', handtekeningen: 'write' });
  await field(emma, 'situatie', null, 'text', [
    ['Emma woont bij haar moeder. Er is veel ruzie thuis en Emma komt vaak te laat op school.', 'daan', 56],
    ['Ik woon bij mama. We hebben vaak ruzie, vooral over school en mijn telefoon.', 'emma', 40],
    ['Emma woont bij mij. De ruzies gaan vooral over school en de telefoon. Het gaat de laatste weken beter.', 'karin', 20],
  ]);
  await field(emma, 'vragen', null, 'school', [['Het Baken, klas 2', 'emma', 40]]);
  await field(emma, 'vragen', null, 'veilig', [[true, 'emma', 40]]);
  await field(emma, 'vragen', null, 'woont', [['moeder', 'emma', 40]]);
  await field(emma, 'vragen', null, 'hulp', [[['familie', 'school'], 'emma', 40]]);
  await field(emma, 'vragen', null, 'stemming', [[5, 'emma', 40], [7, 'emma', 7]]);
  const moments: Array<[number, number]> = [[50, 0], [28, 1], [6, 2]];
  for (const [daysAgo, step] of moments) {
    const base = (n: number) => Math.min(10, n + step);
    await scores(emma, 'wat-telt', 'emma', 'resident', daysAgo, 'Wat Telt 0-10', { thuis: base(3), school: base(4), vrienden: base(7), gezondheid: base(6), 'vrije-tijd': base(7), geld: 5, veiligheid: base(6), toekomst: base(5) });
    await scores(emma, 'wat-telt', 'daan', 'professional', daysAgo, 'Wat Telt 0-10', { thuis: base(4), school: base(3), vrienden: 7, gezondheid: 6, 'vrije-tijd': 6, geld: 5, veiligheid: base(5), toekomst: base(4) });
    await scores(emma, 'wat-telt', 'karin', 'network', daysAgo, 'Wat Telt 0-10', { thuis: base(2), school: base(3), vrienden: 6, gezondheid: 7, 'vrije-tijd': 6, geld: 4, veiligheid: base(6), toekomst: base(5) });
  }
  const onTime = await goal(emma, 'doelen', 1, 'daan', 50, { title: 'Elke dag op tijd op school', targetDate: dayFrom(now, 60), lifeDomain: 'work' }, [['emma', true, true], ['karin', false, true]]);
  await action(emma, 'doelen', onTime, 1, 'daan', 50, { title: 'Wekker om 7 uur zetten', who: 'Emma', plannedOn: dayFrom(now, -49), doneOn: dayFrom(now, -45) });
  await action(emma, 'doelen', onTime, 2, 'daan', 50, { title: 'Wekelijks contact met de mentor', who: 'Daan Bakker', plannedOn: dayFrom(now, 7) });
  for (const [daysAgo, value] of [[45, 3], [30, 5], [14, 6], [3, 8]] as const) {
    await tx.insert(planMeasurements).values({ tenantId, planId: emma, itemId: onTime, value, measuredOn: dayFrom(now, -daysAgo), createdByPersonId: person(daysAgo > 20 ? 'daan' : 'emma'), createdAt: at(daysAgo) });
  }
  await goal(emma, 'doelen', 2, 'daan', 50, { title: 'Minder ruzie thuis', lifeDomain: 'family' }, [['emma', true, true], ['karin', true, true]]);
  await goal(emma, 'doelen', 3, 'emma', 30, { title: 'Een eigen plek om tot rust te komen', description: 'Dit doel is alleen van mij en Daan.' }, [['emma', true, true]]);
  await tx.insert(planSignatures).values({ tenantId, planId: emma, personId: person('daan'), kind: 'approved', role: 'coach', revision: 3, signInMethod: 'password', signedOn: dayFrom(now, -30), createdAt: at(30) });
  await bump(emma, 6, 'karin');

  // Jan: the adult plan with ZRM at three moments; Ria sees the plan but not the goal about money.
  const jan = await plan('jan-support', 'adult', 'Ondersteuningsplan Jan', 'sanne', 110, { 'Wijkteam coaches': 'edit', 'Consulenten Wmo': 'view', Aanbieders: 'view' });
  await link(jan, 'jan', { zrm: 'view', doelen: 'write', diensten: 'view', documenten: 'view', handtekeningen: 'write' });
  await link(jan, 'ria', { zrm: 'view', doelen: 'view', diensten: 'view', documenten: 'none', handtekeningen: 'view' });
  for (const [daysAgo, step] of [[110, 0], [60, 1], [10, 1]] as const) {
    await scores(jan, 'zrm', daysAgo === 10 ? 'lotte' : 'sanne', 'professional', daysAgo, zrmVersion, {
      finances: 2 + step, workEducation: 3, timeUse: 2 + step, housing: 4, domesticRelations: 4, mentalHealth: 3, physicalHealth: 2 + (daysAgo === 10 ? 1 : 0),
      substanceUse: 5, basicAdl: 3, instrumentalAdl: 2 + step, socialNetwork: 2 + step, participation: 2 + step, justice: 5,
    });
  }
  const walk = await goal(jan, 'doelen', 1, 'sanne', 100, { title: 'Zelf boodschappen doen', targetDate: dayFrom(now, 90), lifeDomain: 'selfCare', progress: 'Met de rollator lukt het naar de supermarkt op de hoek.' }, [['jan', true, true], ['ria', false, false]]);
  await action(jan, 'doelen', walk, 1, 'sanne', 100, { title: 'Fysiotherapie aanvragen', who: 'Jan', plannedOn: dayFrom(now, -90), doneOn: dayFrom(now, -80) });
  await goal(jan, 'doelen', 2, 'sanne', 100, { title: 'Rekeningen op tijd betalen', lifeDomain: 'income', progress: 'Vaste lasten staan nu in een overzicht.' }, [['jan', true, false]]);
  await bump(jan, 4, 'lotte');

  // Mohamed: the short plan, written by Sanne and Fatima.
  const mohamed = await plan('mohamed-wmo', 'short', 'Plan Mohamed', 'sanne', 25, { 'Wijkteam coaches': 'edit', 'Consulenten Wmo': 'edit' });
  await link(mohamed, 'mohamed', { leefsituatie: 'write', toekomst: 'write', afspraken: 'write' });
  await field(mohamed, 'leefsituatie', null, 'text', [
    ['Mohamed woont alleen. Na zijn operatie kan hij tijdelijk niet zwaar tillen.', 'sanne', 25],
    ['Mohamed woont alleen op de eerste verdieping. Na zijn knieoperatie mag hij zes weken niet zwaar tillen of stofzuigen.', 'fatima', 10],
  ]);
  await field(mohamed, 'afspraken', null, 'text', [['Fatima bereidt de beschikking voor huishoudelijke hulp voor.', 'fatima', 10]]);
  await bump(mohamed, 4, 'fatima');
}

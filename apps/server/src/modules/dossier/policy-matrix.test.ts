import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant, queryRows } from '../../platform/db/index.js';
import type { Role, Subject } from '../../platform/policy/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemo, type DemoTenant } from '../../test-support/demo.js';
import { careReportPolicy, visitPolicy } from '../care/policy.js';
import { documentPolicy } from '../documents/policy.js';
import { threadPolicy } from '../messages/policy.js';
import { contactPersonPolicy, profilePolicy } from '../profile/policy.js';
import { loadDossierAccess, type DossierRelation, type DossierSubject } from './access.js';
import { accessLogPolicy, actionPolicy, dossierFactPolicy, dossierPolicy, journalPolicy, planSectionPolicy, relativeAccessPolicy } from './policy.js';

/**
 * Role × object × action, with relations resolved by the real SQL from the demo tenant. The expected answers below
 * are written from the issue and seeds, independently of the policy tables: any difference is a failure, and an
 * unexpected grant is counted separately because it is the one that leaks data.
 */

type Facts = {
  resident: boolean;
  guardian: boolean;
  relativeView: boolean;
  relativeWrite: boolean;
  caseWorker: boolean;
  teamOrNamed: boolean;
  provider: boolean;
  open: boolean;
  /** Of age and not under guardianship. */
  selfDetermined: boolean;
};
type Case = { objectType: string; variant: string; action: string; expected: boolean; actual: boolean };

const actors: Array<[key: string, role?: Role]> = [
  ['jan'],
  ['emma'],
  ['ria'],
  ['karin'],
  ['sanne'],
  ['lotte', 'coach'],
  ['lotte', 'teamSuperuser'],
  ['daan'],
  ['fatima'],
  ['kees'],
  ['noor'],
  ['peter'],
];
const dossierKeys = ['jan-support', 'jan-debts', 'emma-youth', 'mohamed-wmo'];

let t: TestApp;
let demo: DemoTenant;
let other: DemoTenant;

beforeAll(async () => {
  t = await createTestApp();
  demo = await seedDemo(t);
  other = await seedDemo(t, { slug: 'elders', name: 'Gemeente Elders' });
  // Relatives at the two levels without sign-in rights, and one who may add without being a guardian.
  await inTenant(t.database.owner, demo.tenantId, async (tx) => {
    const add = (dossier: string, person: string, level: string, onBehalf = false) =>
      tx.execute(sql`insert into dossier_relative (tenant_id, dossier_id, person_id, relation, level, acts_on_behalf)
                     values (${demo.tenantId}, ${demo.dossiers.get(dossier)}, ${demo.people.get(person)}, 'Buur', ${level}, ${onBehalf})`);
    await add('mohamed-wmo', 'ria', 'informed');
    await add('mohamed-wmo', 'karin', 'none');
    await add('jan-debts', 'karin', 'write');
  });
});
afterAll(() => t.close());

function factsOf(relations: readonly DossierRelation[], closed: boolean, selfDetermined: boolean): Facts {
  const has = (r: DossierRelation) => relations.includes(r);
  return {
    resident: has('resident'),
    guardian: has('guardian'),
    relativeView: has('relativeView'),
    relativeWrite: has('relativeWrite'),
    caseWorker: has('teamProfessional') || has('namedProfessional') || has('breakGlass'),
    teamOrNamed: has('teamProfessional') || has('namedProfessional'),
    provider: has('provider'),
    open: !closed,
    selfDetermined,
  };
}

/** The expected answer for one dossier part, from PRODUCT.md, seeds 000/002/003 and issue 5. */
function expected(f: Facts, objectType: string, variant: Record<string, boolean>, action: string): boolean {
  const residentSide = f.resident || f.guardian;
  const relativeReader = f.relativeView || f.relativeWrite;
  const anyReader = residentSide || relativeReader || f.caseWorker || f.provider;
  const w = (allowed: boolean) => allowed && f.open;
  switch (objectType) {
    case 'dossier':
      return { read: anyReader, update: w(f.caseWorker), close: w(f.teamOrNamed) }[action]!;
    case 'journalEntry':
      return {
        read: f.caseWorker || ((residentSide || relativeReader) && variant.visible!),
        create: w(f.caseWorker || f.relativeWrite),
        update: w((f.caseWorker || f.relativeWrite) && variant.own!),
        delete: false,
      }[action]!;
    case 'action':
      // Seed 000: actions are seen only by the resident they belong to and the coach.
      return { read: residentSide || f.caseWorker, create: w(f.caseWorker), update: w(residentSide || f.caseWorker), delete: w(f.caseWorker) }[action]!;
    case 'planSection':
      return { read: residentSide || relativeReader || f.caseWorker, update: w(residentSide || f.relativeWrite || f.caseWorker) }[action]!;
    case 'dossierFact':
      return { read: anyReader, create: w(f.caseWorker), update: w(f.caseWorker), delete: w(f.caseWorker) }[action]!;
    case 'relativeAccess':
      return {
        read: residentSide || relativeReader || f.caseWorker,
        create: w(f.caseWorker),
        update: w(f.caseWorker),
        // A minor or a resident under guardianship does not withdraw access; their guardian and the coach decide.
        revoke: w(f.caseWorker || (f.resident && f.selfDetermined)),
      }[action]!;
    case 'accessLog':
      return residentSide || f.teamOrNamed;
    case 'document':
      return {
        read: f.caseWorker || ((residentSide || relativeReader) && variant.visible!),
        create: w(f.caseWorker || residentSide || f.relativeWrite),
        delete: w(f.caseWorker || ((residentSide || f.relativeWrite) && variant.own!)),
      }[action]!;
    case 'message':
      return {
        read: (residentSide || relativeReader || f.caseWorker) && variant.participant!,
        start: w(residentSide || f.relativeWrite || f.caseWorker),
        reply: w((residentSide || f.relativeWrite || f.caseWorker) && variant.participant!),
      }[action]!;
    case 'visit': {
      const hidden = variant.residential! && variant.personalCare!;
      return {
        read: anyReader,
        readDetails: f.caseWorker || f.provider || ((residentSide || relativeReader) && !hidden),
        create: w(f.provider),
        update: w(f.provider && variant.myOrganisation!),
        delete: w(f.provider && variant.myOrganisation!),
      }[action]!;
    }
    case 'careReport':
      return { read: f.caseWorker || f.provider || ((residentSide || relativeReader) && variant.visible!), create: w(f.provider), update: false, delete: false }[
        action
      ]!;
    default:
      throw new Error(objectType);
  }
}

const booleans = (names: string[]): Array<Record<string, boolean>> =>
  names.reduce<Array<Record<string, boolean>>>((all, name) => all.flatMap((v) => [{ ...v, [name]: true }, { ...v, [name]: false }]), [{}]);

function casesFor(subject: DossierSubject, facts: Facts, authorOther: string, orgOther: string): Case[] {
  const cases: Case[] = [];
  const tenantId = subject.dossier.tenantId;
  const run = <O, A extends string>(
    objectType: string,
    policy: { actions: readonly A[]; can: (s: DossierSubject, a: A, o: O) => boolean },
    variants: Array<Record<string, boolean>>,
    build: (v: Record<string, boolean>) => O,
  ) => {
    for (const variant of variants) {
      for (const action of policy.actions) {
        cases.push({
          objectType,
          variant: JSON.stringify(variant),
          action,
          expected: expected(facts, objectType, variant, action),
          actual: policy.can(subject, action, build(variant)),
        });
      }
    }
  };
  const me = subject.personId;
  run('dossier', dossierPolicy, [{}], () => ({ tenantId }));
  run('journalEntry', journalPolicy, booleans(['visible', 'own']), (v) => ({ tenantId, visibleToResident: v.visible!, authorPersonId: v.own ? me : authorOther }));
  run('action', actionPolicy, [{}], () => ({ tenantId }));
  run('planSection', planSectionPolicy, [{}], () => ({ tenantId }));
  run('dossierFact', dossierFactPolicy, [{}], () => ({ tenantId }));
  run('relativeAccess', relativeAccessPolicy, [{}], () => ({ tenantId, personId: authorOther }));
  run('accessLog', accessLogPolicy, [{}], () => ({ tenantId }));
  run('document', documentPolicy, booleans(['visible', 'own']), (v) => ({ tenantId, visibleToResident: v.visible!, addedByPersonId: v.own ? me : authorOther }));
  run('message', threadPolicy, booleans(['participant']), (v) => ({ tenantId, participantIds: v.participant ? [me, authorOther] : [authorOther] }));
  run('visit', visitPolicy, booleans(['myOrganisation', 'personalCare', 'residential']), (v) => ({
    tenantId,
    organisationId: v.myOrganisation ? (subject.organisationId ?? orgOther) : orgOther,
    kind: v.personalCare ? ('personalCare' as const) : ('householdHelp' as const),
    residentialLocation: v.residential!,
  }));
  run('careReport', careReportPolicy, booleans(['visible', 'myOrganisation']), (v) => ({
    tenantId,
    organisationId: v.myOrganisation ? (subject.organisationId ?? orgOther) : orgOther,
    visibleToResident: v.visible!,
  }));
  return cases;
}

async function subjectIn(tenant: DemoTenant, key: string, role?: Role): Promise<Subject> {
  return tenant.subject(key, role);
}

describe('policy matrix for dossier parts', () => {
  it('matches the expected table for every role, relation, part, variant and action — and grants nothing to another tenant', async () => {
    const all: Array<Case & { who: string; dossier: string }> = [];
    const [otherOrg] = await inTenant(t.database.owner, demo.tenantId, (tx) =>
      queryRows<{ id: string }>(tx, sql`select id from organisation where name = 'Gemeente Demoland'`),
    );
    for (const tenant of [demo, other]) {
      for (const [key, role] of actors) {
        const subject = await subjectIn(tenant, key, role);
        for (const dossierKey of dossierKeys) {
          const dossierId = demo.dossiers.get(dossierKey)!;
          const access = await inTenant(t.database.owner, subject.tenantId, (tx) => loadDossierAccess(tx, subject, dossierId, new Date()));
          const who = `${tenant === demo ? '' : 'other-tenant '}${key}${role ? `/${role}` : ''}`;
          if (tenant === other) {
            // Row-level security hides the dossier entirely; with the demo tenant's access forged onto this subject
            // the tenant check in the policy layer still refuses everything.
            expect(access, `${who} sees ${dossierKey}`).toBeNull();
            const forged: DossierSubject = {
              ...subject,
              dossier: { tenantId: demo.tenantId, dossierId, residentId: '', teamId: '', closed: false, relations: ['resident', 'teamProfessional', 'provider'] },
            };
            for (const c of casesFor(forged, factsOf([], false, false), demo.people.get('sanne')!, otherOrg!.id)) all.push({ ...c, who, dossier: dossierKey });
            continue;
          }
          const ds: DossierSubject = { ...subject, dossier: access! };
          const facts = factsOf(access!.relations, access!.closed, access!.selfDetermined === true);
          for (const c of casesFor(ds, facts, demo.people.get('sanne') === subject.personId ? demo.people.get('daan')! : demo.people.get('sanne')!, otherOrg!.id)) {
            all.push({ ...c, who, dossier: dossierKey });
          }
        }
      }
    }
    const wrong = all.filter((c) => c.expected !== c.actual);
    const unexpectedGrants = wrong.filter((c) => c.actual && !c.expected);
    expect(all.length).toBeGreaterThanOrEqual(1000);
    expect(unexpectedGrants.map((c) => `${c.who} ${c.action} ${c.objectType} ${c.variant} in ${c.dossier}`)).toEqual([]);
    expect(wrong.map((c) => `${c.who} ${c.action} ${c.objectType} ${c.variant} in ${c.dossier}: expected ${c.expected}`)).toEqual([]);
    // Each side of the table is exercised: some grants and many refusals.
    expect(all.filter((c) => c.actual).length).toBeGreaterThan(200);
    console.info(`dossier policy matrix: ${all.length} cases, ${all.filter((c) => c.actual).length} grants, 0 unexpected`);
  });
});

describe('profile and contact persons, per resident', () => {
  it('only the resident, a guardian and the dossier’s professionals reach them; writes only the resident side', async () => {
    const jan = demo.people.get('jan')!;
    const emma = demo.people.get('emma')!;
    const cases: Array<[who: string, role: Role | undefined, resident: string, read: boolean, write: boolean]> = [
      ['jan', undefined, jan, true, true],
      ['emma', undefined, jan, false, false],
      ['ria', undefined, jan, false, false],
      ['karin', undefined, emma, true, true],
      ['karin', undefined, jan, false, false],
      ['sanne', undefined, jan, true, false],
      ['daan', undefined, jan, false, false],
      ['daan', undefined, emma, true, false],
      ['kees', undefined, jan, false, false],
      ['peter', undefined, jan, false, false],
      ['lotte', 'teamSuperuser', jan, true, false],
    ];
    for (const [key, role, residentId, read, write] of cases) {
      const subject = await demo.subject(key, role);
      const relations = await inTenant(t.database.owner, demo.tenantId, async (tx) => {
        const found = new Set<string>();
        const dossiers = await queryRows<{ id: string }>(tx, sql`select id from dossier where resident_id = ${residentId}::uuid`);
        for (const { id } of dossiers) for (const r of (await loadDossierAccess(tx, subject, id, new Date()))!.relations) found.add(r);
        if (subject.role === 'resident' && subject.personId === residentId) found.add('resident');
        return [...found];
      });
      const part = { tenantId: demo.tenantId, residentId, relations };
      expect(profilePolicy.can(subject, 'read', part), `${key} reads profile`).toBe(read);
      expect(contactPersonPolicy.can(subject, 'read', part), `${key} reads contacts`).toBe(read);
      expect(profilePolicy.can(subject, 'update', part), `${key} updates profile`).toBe(write);
      for (const action of ['create', 'update', 'delete'] as const) expect(contactPersonPolicy.can(subject, action, part), `${key} ${action} contact`).toBe(write);
      const elsewhere = { ...part, tenantId: other.tenantId };
      expect(profilePolicy.can(subject, 'read', elsewhere), `${key} reads another tenant's profile`).toBe(false);
    }
  });
});

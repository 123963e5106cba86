import { sql } from 'drizzle-orm';
import type { FieldCipher } from '../apps/server/src/platform/crypto.js';
import { queryRows, type Database, type Tx } from '../apps/server/src/platform/db/index.js';
import { zrmDomains, type Block } from '../apps/server/src/modules/plan/index.js';
import type { BenchSession } from './load-dossiers.js';

/**
 * Issue 6's plan for plan_read and plan_field_save, one per signed-in bench resident: 8 blocks, 10 goals with 20
 * measurements each (3 goals hidden from the resident), 500 earlier values in the field history, Wat Telt and ZRM at
 * three moments. The resident has partial rights: some blocks write, some view, the documents block none.
 */
const watTeltDomains = ['thuis', 'werk', 'geld', 'gezondheid', 'netwerk', 'vrije-tijd', 'wonen', 'toekomst'];
export const benchPlanBlocks: Block[] = [
  { key: 'situatie', type: 'text', title: 'Situatie' },
  {
    key: 'vragen',
    type: 'questionnaire',
    title: 'Vragen',
    questions: [
      { key: 'q1', type: 'shortText', label: 'Werk', required: false },
      { key: 'q2', type: 'longText', label: 'Zorgen', required: false },
      { key: 'q3', type: 'date', label: 'Sinds', required: false },
      { key: 'q4', type: 'yesNo', label: 'Veilig', required: false },
      { key: 'q5', type: 'singleChoice', label: 'Woont', required: false, options: [{ key: 'alleen', label: 'Alleen' }, { key: 'samen', label: 'Samen' }] },
      { key: 'q6', type: 'multipleChoice', label: 'Hulp', required: false, options: [{ key: 'familie', label: 'Familie' }, { key: 'buren', label: 'Buren' }] },
      { key: 'q7', type: 'number', label: 'Uren', required: false, min: 0, max: 24 },
      { key: 'q8', type: 'scale', label: 'Stemming', required: false, min: 1, max: 10, minLabel: 'slecht', maxLabel: 'goed' },
    ],
  },
  { key: 'wat-telt', type: 'watTelt', title: 'Wat telt', domains: watTeltDomains.map((key) => ({ key, label: key })), scale: { min: 0, max: 10, minLabel: 'slecht', maxLabel: 'goed' } },
  { key: 'zrm', type: 'zrm', title: 'ZRM', domains: [...zrmDomains] },
  { key: 'doelen', type: 'goals', title: 'Doelen', targetDate: true, lifeDomain: true, measurements: { min: 1, max: 10, minLabel: 'nog niet', maxLabel: 'bereikt' }, actions: true },
  { key: 'diensten', type: 'services', title: 'Diensten' },
  { key: 'documenten', type: 'documents', title: 'Documenten' },
  { key: 'handtekeningen', type: 'signatures', title: 'Ondertekening', kinds: ['approved'] },
];
const residentLevels = { situatie: 'write', vragen: 'write', 'wat-telt': 'write', zrm: 'view', doelen: 'write', diensten: 'view', documenten: 'none', handtekeningen: 'view' };

export interface BenchPlan {
  planId: string;
  session: BenchSession;
  /** The version of the situation text, which plan_field_save saves again and again. */
  textVersion: number;
}

/** Loads one plan per session in one transaction; values are encrypted like the app does. Returns the plan ids. */
export async function loadBenchPlans(database: Database, cipher: FieldCipher, tenantId: string, sessions: BenchSession[]): Promise<BenchPlan[]> {
  return database.owner.transaction(async (raw) => {
    const tx = raw as unknown as Tx;
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    const [ids] = await queryRows<{ admin: string; coaches: string }>(
      tx,
      sql`select (select person_id from account where email = 'peter.jansen@demoland.example') as admin,
                 (select id from user_group where name = 'Wijkteam coaches') as coaches`,
    );
    const [template] = await queryRows<{ id: string }>(tx, sql`insert into plan_template (tenant_id, name, draft_blocks) values (${tenantId}, 'Bench plan', ${JSON.stringify(benchPlanBlocks)}::jsonb) returning id`);
    const [version] = await queryRows<{ id: string }>(
      tx,
      sql`insert into plan_template_version (tenant_id, template_id, number, name, blocks, published_by_person_id)
          values (${tenantId}, ${template!.id}, 1, 'Bench plan', ${JSON.stringify(benchPlanBlocks)}::jsonb, ${ids!.admin}) returning id`,
    );
    // A pool of encrypted values, reused across plans: encryption is not what the bench measures.
    const texts = Array.from({ length: 50 }, (_, i) => cipher.encrypt(JSON.stringify(`Tekst versie ${i}: het gaat stap voor stap beter met de administratie en het huishouden.`)));
    const plans: BenchPlan[] = [];
    for (const session of sessions) {
      const [resident] = await queryRows<{ id: string; coach: string }>(
        tx,
        sql`select d.resident_id as id, ${session.professionalId}::uuid as coach from dossier d where d.id = ${session.dossierId}::uuid`,
      );
      const [plan] = await queryRows<{ id: string }>(
        tx,
        sql`insert into plan (tenant_id, dossier_id, template_version_id, title, created_by_person_id, last_changed_by_person_id, revision)
            values (${tenantId}, ${session.dossierId}, ${version!.id}, 'Plan', ${resident!.coach}, ${resident!.coach}, 500) returning id`,
      );
      const planId = plan!.id;
      await tx.execute(sql`insert into plan_group_access (tenant_id, plan_id, user_group_id, level) values (${tenantId}, ${planId}, ${ids!.coaches}, 'edit')`);
      await tx.execute(sql`insert into plan_participant (tenant_id, plan_id, person_id, portal_access, block_levels) values (${tenantId}, ${planId}, ${resident!.id}, true, ${JSON.stringify(residentLevels)}::jsonb)`);
      // Goals 1–10 with 5 fields each; the resident sees goals 1–7 and measures them.
      const goals = await queryRows<{ id: string; position: number }>(
        tx,
        sql`insert into plan_item (tenant_id, plan_id, block_key, kind, position) select ${tenantId}, ${planId}, 'doelen', 'goal', g from generate_series(1, 10) g returning id, position`,
      );
      await tx.execute(sql`insert into plan_item_right (tenant_id, item_id, person_id, can_view, can_write, can_measure)
        select ${tenantId}, i.id, ${resident!.id}, true, true, true from plan_item i where i.plan_id = ${planId} and i.position <= 7`);
      await tx.execute(sql`insert into plan_measurement (tenant_id, plan_id, item_id, value, measured_on, created_by_person_id)
        select ${tenantId}, ${planId}, i.id, 1 + (m % 10), current_date - m * 7, ${resident!.coach} from plan_item i, generate_series(1, 20) m where i.plan_id = ${planId}`);
      // Fields: the text, 8 answers and 5 fields per goal = 59 fields; 500 revisions spread over them.
      const fieldRows: Array<{ block: string; item: string | null; key: string }> = [
        { block: 'situatie', item: null, key: 'text' },
        ...['q1', 'q2', 'q7'].map((key) => ({ block: 'vragen', item: null, key })),
        ...goals.flatMap((g) => ['title', 'description', 'targetDate', 'lifeDomain', 'progress'].map((key) => ({ block: 'doelen', item: g.id, key }))),
      ];
      const perField = Math.floor(500 / fieldRows.length);
      const textVersion = 500 - perField * (fieldRows.length - 1);
      for (const [index, f] of fieldRows.entries()) {
        const revisions = index === 0 ? textVersion : perField;
        const value = f.key === 'targetDate' ? cipher.encrypt(JSON.stringify('2027-01-01')) : f.key === 'q7' ? cipher.encrypt('8') : texts[index % texts.length]!;
        const [field] = await queryRows<{ id: string }>(
          tx,
          sql`insert into plan_field (tenant_id, plan_id, block_key, item_id, field_key, value_encrypted, version, updated_by_person_id)
              values (${tenantId}, ${planId}, ${f.block}, ${f.item}, ${f.key}, ${value}, ${revisions}, ${resident!.coach}) returning id`,
        );
        await tx.execute(sql`insert into plan_field_revision (tenant_id, field_id, plan_id, version, value_encrypted, changed_by_person_id, changed_at)
          select ${tenantId}, ${field!.id}, ${planId}, v, ${value}, case when v % 2 = 0 then ${resident!.id}::uuid else ${resident!.coach}::uuid end, now() - (${revisions} - v) * interval '1 hour'
            from generate_series(1, ${revisions}) v`);
      }
      for (const [block, domains, raters] of [['wat-telt', watTeltDomains, ['resident', 'professional']], ['zrm', [...zrmDomains], ['professional']]] as const) {
        for (const rater of raters) {
          for (const moment of [90, 45, 7]) {
            const [set] = await queryRows<{ id: string }>(
              tx,
              sql`insert into plan_score_set (tenant_id, plan_id, block_key, rater_person_id, rater_kind, measured_on, instrument_version)
                  values (${tenantId}, ${planId}, ${block}, ${rater === 'resident' ? resident!.id : resident!.coach}, ${rater}, current_date - ${moment}::int, 'bench') returning id`,
            );
            await tx.execute(sql`insert into plan_score (tenant_id, set_id, domain_key, score)
              select ${tenantId}, ${set!.id}, d, 1 + (length(d) % 5) from unnest(${`{${domains.join(',')}}`}::text[]) d`);
          }
        }
      }
      plans.push({ planId, session, textVersion });
    }
    await tx.execute(sql`analyze plan, plan_item, plan_field, plan_field_revision, plan_measurement, plan_score_set, plan_score, plan_item_right, plan_participant`);
    return plans;
  });
}

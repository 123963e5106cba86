import { and, eq } from 'drizzle-orm';
import { planScores, planScoreSets, plans } from '../../../db/schema/index.js';
import { conflict, notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { zrmScale, zrmVersion, type Block } from '../blocks.js';
import { planBlockPolicy, planScoreSetPolicy, raterKindOf } from '../policy.js';
import { fullName, latestOf, presentScores } from '../presenter.js';
import { loadPlanContent, type ScoreSetRow } from '../repository.js';
import { withinPlan, type PlanWork } from '../within-plan.js';
import { chain } from './goals.js';

type ScoreInput = { measuredOn: string; scores: Array<{ domainKey: string; score: number; note: string }> };

/**
 * One scoring moment of a Wat Telt or ZRM block by the caller. The resident (or their guardian) scores as the
 * resident, a relative who may write the block as the network, professionals as professionals: the three series
 * the chart shows side by side. Every moment is kept, so the chart can show the lines over time.
 */
export async function addScoreSet(services: Services, ctx: RequestContext, planId: string, blockKey: string, input: ScoreInput) {
  return withinPlan(services, ctx, planId, async (w) => {
    const block = scoreBlock(w, blockKey);
    planBlockPolicy.authorize(w.subject, 'write', { tenantId: w.subject.tenantId, blockKey });
    checkScores(block, input.scores);
    const raterKind = raterKindOf(w.subject);
    const id = await insertSet(w, block, input, { raterKind, replacesId: null, withdrawn: false });
    await w.changed();
    await w.audit([{ action: 'create', objectType: 'planScoreSet', objectId: id, field: blockKey, details: { raterKind, domains: input.scores.length } }]);
    return { id, raterKind };
  });
}

type ScoreBlock = Extract<Block, { type: 'watTelt' | 'zrm' }>;

/** A Wat Telt or ZRM block the caller sees (404 otherwise). */
function scoreBlock(w: PlanWork, blockKey: string): ScoreBlock {
  const block = w.plan.blocks.find((b) => b.key === blockKey);
  if (!block) throw notFound();
  planBlockPolicy.authorize(w.subject, 'read', { tenantId: w.subject.tenantId, blockKey });
  if (block.type !== 'watTelt' && block.type !== 'zrm') throw notFound();
  return block;
}

/** Each domain of the block at most once, each score on the block's scale; the field named otherwise. */
function checkScores(block: ScoreBlock, scores: ScoreInput['scores']) {
  const domains: string[] = block.type === 'zrm' ? block.domains : block.domains.map((d) => d.key);
  const scale = block.type === 'zrm' ? zrmScale : block.scale;
  const seen = new Set<string>();
  scores.forEach((s, index) => {
    if (!domains.includes(s.domainKey) || seen.has(s.domainKey)) throw validation([{ field: `scores.${index}.domainKey`, code: 'unknown' }]);
    seen.add(s.domainKey);
    if (s.score < scale.min || s.score > scale.max) throw validation([{ field: `scores.${index}.score`, code: 'invalid', params: { min: scale.min, max: scale.max } }]);
  });
}

async function insertSet(w: PlanWork, block: ScoreBlock, input: ScoreInput, as: { raterKind: ScoreSetRow['raterKind']; replacesId: string | null; withdrawn: boolean }) {
  const scale = block.type === 'zrm' ? zrmScale : block.scale;
  const instrumentVersion = block.type === 'zrm' ? zrmVersion : `Wat Telt ${scale.min}-${scale.max}`;
  const [set] = await w.tx
    .insert(planScoreSets)
    .values({ tenantId: w.subject.tenantId, planId: w.plan.id, blockKey: block.key, raterPersonId: w.subject.personId, measuredOn: input.measuredOn, instrumentVersion, createdAt: w.now, ...as })
    .returning({ id: planScoreSets.id });
  if (input.scores.length > 0) {
    await w.tx.insert(planScores).values(
      input.scores.map((s) => ({ tenantId: w.subject.tenantId, setId: set!.id, domainKey: s.domainKey, score: s.score, noteEncrypted: s.note ? w.services.cipher.encrypt(s.note) : null })),
    );
  }
  return set!.id;
}

const presentSet = (w: PlanWork, set: ScoreSetRow) => ({
  id: set.id,
  measuredOn: set.measuredOn.slice(0, 10),
  rater: fullName(set.rater),
  raterKind: set.raterKind,
  recordedAt: new Date(set.createdAt).toISOString(),
  scores: presentScores(w.services.cipher, set),
});

type SetCorrection = { measuredOn?: string | undefined; scores?: ScoreInput['scores'] | undefined; withdrawn: boolean };

/**
 * Corrects a scoring moment: a new set naming the one it replaces, with the scores as they should have been, or
 * withdrawn when it was entered by mistake. The earlier set and its scores stay as they were. Only someone who may
 * score the block, within their own series (planScoreSetPolicy). A set corrected in the meantime answers 409 with
 * what is there now; the plan row is locked first so two corrections of one set cannot both pass that check.
 */
export async function correctScoreSet(services: Services, ctx: RequestContext, planId: string, setId: string, input: SetCorrection) {
  return withinPlan(services, ctx, planId, async (w) => {
    const [target] = await w.tx
      .select({ blockKey: planScoreSets.blockKey, raterKind: planScoreSets.raterKind })
      .from(planScoreSets)
      .where(and(eq(planScoreSets.id, setId), eq(planScoreSets.planId, planId)));
    if (!target) throw notFound();
    const block = scoreBlock(w, target.blockKey);
    planScoreSetPolicy.authorize(w.subject, 'correct', { tenantId: w.subject.tenantId, blockKey: target.blockKey, raterKind: target.raterKind });
    if (!input.withdrawn) {
      const missing = (['measuredOn', 'scores'] as const).filter((key) => input[key] === undefined || (key === 'scores' && input.scores!.length === 0));
      if (missing.length > 0) throw validation(missing.map((field) => ({ field, code: 'required' as const })));
      checkScores(block, input.scores!);
    }
    await w.tx.select({ id: plans.id }).from(plans).where(eq(plans.id, planId)).for('update');
    const sets = (await loadPlanContent(w.tx, planId)).scoreSets.filter((s) => s.blockKey === target.blockKey);
    const original = sets.find((s) => s.id === setId)!;
    const now = latestOf(sets, setId)!;
    if (now.id !== setId) throw conflict({ ...presentSet(w, now), withdrawn: now.withdrawn });
    const values = input.withdrawn ? { measuredOn: original.measuredOn.slice(0, 10), scores: [] } : { measuredOn: input.measuredOn!, scores: input.scores! };
    const id = await insertSet(w, block, values, { raterKind: target.raterKind, replacesId: setId, withdrawn: input.withdrawn });
    await w.changed();
    await w.audit([{ action: 'update', objectType: 'planScoreSet', objectId: id, field: target.blockKey, details: { replacesId: setId, withdrawn: input.withdrawn, domains: values.scores.length } }]);
    return { id, replacesId: setId, withdrawn: input.withdrawn };
  });
}

/** Every scoring moment of a block (current, corrected and withdrawn), newest first. Reading is audited. */
export async function scoreSetHistory(services: Services, ctx: RequestContext, planId: string, blockKey: string) {
  return withinPlan(services, ctx, planId, async (w) => {
    scoreBlock(w, blockKey);
    const sets = (await loadPlanContent(w.tx, planId)).scoreSets.filter((s) => s.blockKey === blockKey);
    await w.audit([{ action: 'read', objectType: 'planScoreSetHistory', objectId: planId, field: blockKey }]);
    return { items: chain(sets).map(({ row, replacedBy }) => ({ ...presentSet(w, row), replacesId: row.replacesId, replacedBy, withdrawn: row.withdrawn, current: !replacedBy && !row.withdrawn })) };
  });
}

import { planScores, planScoreSets } from '../../../db/schema/index.js';
import { notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { hasRelation } from '../../dossier/index.js';
import { onPortalSide } from '../access.js';
import { zrmScale, zrmVersion } from '../blocks.js';
import { planBlockPolicy } from '../policy.js';
import { withinPlan } from '../within-plan.js';

type ScoreInput = { measuredOn: string; scores: Array<{ domainKey: string; score: number; note: string }> };

/**
 * One scoring moment of a Wat Telt or ZRM block by the caller. The resident (or their guardian) scores as the
 * resident, a relative who may write the block as the network, professionals as professionals: the three series
 * the chart shows side by side. Every moment is kept, so the chart can show the lines over time.
 */
export async function addScoreSet(services: Services, ctx: RequestContext, planId: string, blockKey: string, input: ScoreInput) {
  return withinPlan(services, ctx, planId, async (w) => {
    const block = w.plan.blocks.find((b) => b.key === blockKey);
    if (!block) throw notFound();
    planBlockPolicy.authorize(w.subject, 'read', { tenantId: w.subject.tenantId, blockKey });
    if (block.type !== 'watTelt' && block.type !== 'zrm') throw notFound();
    planBlockPolicy.authorize(w.subject, 'write', { tenantId: w.subject.tenantId, blockKey });
    const domains: string[] = block.type === 'zrm' ? block.domains : block.domains.map((d) => d.key);
    const scale = block.type === 'zrm' ? zrmScale : block.scale;
    const seen = new Set<string>();
    input.scores.forEach((s, index) => {
      if (!domains.includes(s.domainKey) || seen.has(s.domainKey)) throw validation([{ field: `scores.${index}.domainKey`, code: 'unknown' }]);
      seen.add(s.domainKey);
      if (s.score < scale.min || s.score > scale.max) throw validation([{ field: `scores.${index}.score`, code: 'invalid', params: { min: scale.min, max: scale.max } }]);
    });
    const raterKind = !onPortalSide(w.subject) ? 'professional' : hasRelation(w.subject, ['resident', 'guardian']) ? 'resident' : 'network';
    const instrumentVersion = block.type === 'zrm' ? zrmVersion : `Wat Telt ${scale.min}-${scale.max}`;
    const [set] = await w.tx
      .insert(planScoreSets)
      .values({ tenantId: w.subject.tenantId, planId, blockKey, raterPersonId: w.subject.personId, raterKind, measuredOn: input.measuredOn, instrumentVersion, createdAt: w.now })
      .returning({ id: planScoreSets.id });
    await w.tx.insert(planScores).values(
      input.scores.map((s) => ({ tenantId: w.subject.tenantId, setId: set!.id, domainKey: s.domainKey, score: s.score, noteEncrypted: s.note ? services.cipher.encrypt(s.note) : null })),
    );
    await w.changed();
    await w.audit([{ action: 'create', objectType: 'planScoreSet', objectId: set!.id, field: blockKey, details: { raterKind, domains: input.scores.length } }]);
    return { id: set!.id, raterKind };
  });
}

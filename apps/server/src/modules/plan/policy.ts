import type { Role, Rule } from '../../platform/policy/index.js';
import { definePolicy } from '../../platform/policy/index.js';
import { dossierReaders, hasRelation, through, write, type DossierSubject, type Part } from '../dossier/index.js';
import { blockLevel, blockLevelRank, isPlanProfessional, onPortalSide, planLevel, type PlanSubject } from './access.js';

const everyone: readonly Role[] = ['resident', 'relative', 'coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'];
const rule = <O>(because: string, when: (s: PlanSubject, o: O) => boolean): Rule<O, PlanSubject> => ({ roles: everyone, because, when });

interface PlanObject {
  tenantId: string;
}
interface BlockObject {
  tenantId: string;
  blockKey: string;
}
interface GoalObject extends BlockObject {
  goalId: string;
}

const atLeast = (s: PlanSubject, blockKey: string, level: 'view' | 'write') => blockLevelRank[blockLevel(s, blockKey)] >= blockLevelRank[level];

/** The plan as a whole: who opens it, who changes its settings and who links people and sets their rights. */
export const planPolicy = definePolicy<PlanObject, 'read' | 'update' | 'manageRights' | 'sign', PlanSubject>('plan', 'read', {
  read: [rule('professionals through their user groups, linked people with portal access', (s) => planLevel(s) !== 'none')],
  update: [rule('professionals whose user group may edit the plan', (s) => isPlanProfessional(s) && planLevel(s) === 'write')],
  manageRights: [rule('professionals whose user group may edit the plan set who sees which block and goal', (s) => isPlanProfessional(s) && planLevel(s) === 'write')],
  sign: [rule('everyone who reads an open plan may sign it for approval or as seen', (s) => planLevel(s) !== 'none' && !s.dossier.closed)],
});

/** One block: its level for this person (seed 001: per person and block none / view / write). */
export const planBlockPolicy = definePolicy<BlockObject, 'read' | 'write', PlanSubject>('planBlock', 'read', {
  read: [rule('the block is granted at least view', (s, o) => atLeast(s, o.blockKey, 'view'))],
  write: [rule('the block is granted write', (s, o) => atLeast(s, o.blockKey, 'write'))],
});

const goalRight = (s: PlanSubject, goalId: string) => s.plan.goalRights.get(goalId);

/**
 * One goal with its actions (seed 001: per goal who sees it, who writes it, who adds measurements). Professionals
 * follow the block; residents and relatives need both the block and the goal's own right.
 */
export const planGoalPolicy = definePolicy<GoalObject, 'read' | 'write' | 'measure' | 'remove', PlanSubject>('planGoal', 'read', {
  read: [
    rule('professionals see every goal of a block they see', (s, o) => isPlanProfessional(s) && atLeast(s, o.blockKey, 'view')),
    rule('a linked person sees a goal granted to them in a block they see', (s, o) => onPortalSide(s) && atLeast(s, o.blockKey, 'view') && !!goalRight(s, o.goalId)?.canView),
  ],
  write: [
    rule('professionals write goals in a block they may write', (s, o) => isPlanProfessional(s) && atLeast(s, o.blockKey, 'write')),
    rule('a linked person writes a goal granted for writing in a block they may write', (s, o) => onPortalSide(s) && atLeast(s, o.blockKey, 'write') && !!goalRight(s, o.goalId)?.canView && !!goalRight(s, o.goalId)?.canWrite),
  ],
  measure: [
    rule('professionals add measurements in a block they may write', (s, o) => isPlanProfessional(s) && atLeast(s, o.blockKey, 'write')),
    rule('a linked person adds measurements to a goal granted for it in a block they see, while the dossier is open', (s, o) => onPortalSide(s) && !s.dossier.closed && atLeast(s, o.blockKey, 'view') && !!goalRight(s, o.goalId)?.canView && !!goalRight(s, o.goalId)?.canMeasure),
  ],
  remove: [rule('professionals remove goals and actions; they stay in the history', (s, o) => isPlanProfessional(s) && atLeast(s, o.blockKey, 'write'))],
});

export type RaterKind = 'resident' | 'professional' | 'network';

/** The series a person scores in: the resident (or their guardian), a relative as the network, or a professional. */
export function raterKindOf(s: PlanSubject): RaterKind {
  if (!onPortalSide(s)) return 'professional';
  return hasRelation(s, ['resident', 'guardian']) ? 'resident' : 'network';
}

/**
 * One scoring moment of a Wat Telt or ZRM block. Correcting it is for those who may score the block, and only within
 * their own series: a professional never changes what the resident or the network scored, nor the other way round.
 */
export const planScoreSetPolicy = definePolicy<BlockObject & { raterKind: RaterKind }, 'read' | 'correct', PlanSubject>('planScoreSet', 'read', {
  read: [rule('everyone who sees the block sees its scores', (s, o) => atLeast(s, o.blockKey, 'view'))],
  correct: [rule('who may score the block corrects a moment of their own series', (s, o) => atLeast(s, o.blockKey, 'write') && raterKindOf(s) === o.raterKind)],
});

/** Making a plan in a dossier: its team, named professionals and referred providers, while the dossier is open. */
export const planCreationPolicy = definePolicy<Part, 'read' | 'create', DossierSubject>('planCreation', 'read', {
  read: [through(dossierReaders, 'everyone who reads the dossier sees which plans it has (each plan decides its own access)')],
  create: [through(['teamProfessional', 'namedProfessional', 'breakGlass', 'provider'], 'professionals of the dossier make plans from templates of their groups', undefined, write)],
});

/** A signed, frozen PDF: it holds what its signer could see, so only the signer and the plan's professionals open it. */
export const planSignaturePdfPolicy = definePolicy<{ tenantId: string; signerPersonId: string }, 'read', PlanSubject>('planSignaturePdf', 'read', {
  read: [
    rule('professionals who read the plan read what was signed', (s) => isPlanProfessional(s) && planLevel(s) !== 'none'),
    rule('the signer reads what they signed', (s, o) => o.signerPersonId === s.personId && planLevel(s) !== 'none'),
  ],
});

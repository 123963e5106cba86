import type { FieldCipher as Cipher } from '../../platform/crypto.js';
import { blockLevel, type PlanRow, type PlanSubject } from './access.js';
import type { Block } from './blocks.js';
import { planBlockPolicy, planGoalPolicy, planPolicy, planScoreSetPolicy } from './policy.js';
import type { FieldRow, ItemRow, LifeDomainRow, MeasurementRow, PersonName, PlanContent, ScoreSetRow } from './repository.js';

const fullName = (p: PersonName) => [p.firstName, p.infix, p.surname].filter(Boolean).join(' ');
const iso = (value: string | Date) => new Date(value).toISOString();
const day = (value: string) => value.slice(0, 10);

export interface FieldView {
  value: unknown;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export function presentField(cipher: Cipher, f: FieldRow): FieldView {
  return { value: JSON.parse(cipher.decrypt(f.valueEncrypted)), version: f.version, updatedAt: iso(f.updatedAt), updatedBy: fullName(f.updatedBy) };
}

function fieldsOf(cipher: Cipher, rows: FieldRow[]): Record<string, FieldView> {
  return Object.fromEntries(rows.map((f) => [f.fieldKey, presentField(cipher, f)]));
}

type Correctable = { id: string; replacesId: string | null; withdrawn: boolean };

/**
 * Measurements and score sets are append-only: a correction is a new row naming the one it replaces. The current
 * rows are those nobody replaced and that do not take a measurement back; each comes with the rows it replaced,
 * newest first, so the page can say what the value was before.
 */
export function currentRows<T extends Correctable>(rows: T[]): Array<{ row: T; earlier: T[] }> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replaced = new Set(rows.map((r) => r.replacesId).filter((id): id is string => id !== null));
  return rows
    .filter((r) => !replaced.has(r.id) && !r.withdrawn)
    .map((row) => {
      const earlier: T[] = [];
      for (let at = row.replacesId ? byId.get(row.replacesId) : undefined; at; at = at.replacesId ? byId.get(at.replacesId) : undefined) earlier.push(at);
      return { row, earlier };
    });
}

/** The latest row of the chain a row belongs to: what a stale correction is told is there now. */
export function latestOf<T extends Correctable>(rows: T[], id: string): T | undefined {
  const replacing = new Map(rows.filter((r) => r.replacesId).map((r) => [r.replacesId!, r]));
  let at = rows.find((r) => r.id === id);
  while (at && replacing.has(at.id)) at = replacing.get(at.id);
  return at;
}

export function presentMeasurement(cipher: Cipher, m: MeasurementRow) {
  return { id: m.id, value: m.value, measuredOn: day(m.measuredOn), note: m.noteEncrypted ? cipher.decrypt(m.noteEncrypted) : '', by: fullName(m.by), recordedAt: iso(m.createdAt) };
}

export function presentScores(cipher: Cipher, set: ScoreSetRow) {
  return (set.scores ?? []).map((c) => ({ domainKey: c.domainKey, score: c.score, note: c.noteEncrypted ? cipher.decrypt(c.noteEncrypted) : '' }));
}

/** A goal's life domain: its catalogue code with the label in both languages (the code itself if it is not in the catalogue). */
function lifeDomainOf(value: unknown, catalogue: LifeDomainRow[]) {
  if (typeof value !== 'string' || value === '') return null;
  const item = catalogue.find((c) => c.code === value);
  return { code: value, label: { nl: item?.labelNl ?? value, en: item?.labelEn ?? value } };
}

function latest(dates: Array<{ at: string; by: string }>) {
  return dates.reduce<{ at: string; by: string } | null>((found, d) => (!found || d.at > found.at ? d : found), null);
}

/**
 * The plan as this caller may see it: an allow-list built block by block and goal by goal from the policies. A
 * block or goal the caller may not read is left out before anything in it is decrypted, so its text cannot leak.
 */
export function presentPlan(cipher: Cipher, s: PlanSubject, plan: PlanRow, content: PlanContent) {
  const byBlock = <T extends { blockKey: string }>(rows: T[], key: string) => rows.filter((r) => r.blockKey === key);
  const object = { tenantId: s.tenantId };
  const blocks = content.template.blocks
    .filter((b) => planBlockPolicy.can(s, 'read', { ...object, blockKey: b.key }))
    .map((b) => {
      const policies = planBlockPolicy.permitted(s, { ...object, blockKey: b.key });
      const fields = byBlock(content.fields, b.key);
      const base = { key: b.key, type: b.type, title: b.title, help: b.help ?? null, definition: b, level: blockLevel(s, b.key), policies };
      const blockFields = fields.filter((f) => f.itemId === null);
      const changes = blockFields.map((f) => ({ at: iso(f.updatedAt), by: fullName(f.updatedBy) }));
      switch (b.type) {
        case 'goals': {
          const goals = presentGoals(cipher, s, b, content, fields);
          const goalChanges = goals.flatMap((g) =>
            [...Object.values(g.fields), ...g.actions.flatMap((a) => Object.values(a.fields))].map((f) => ({ at: f.updatedAt, by: f.updatedBy })),
          );
          return { ...base, lastChange: latest(goalChanges), fields: {}, goals };
        }
        case 'watTelt':
        case 'zrm': {
          const sets = currentRows(byBlock(content.scoreSets, b.key)).map(({ row: set, earlier }) => ({
            id: set.id,
            rater: fullName(set.rater),
            raterKind: set.raterKind,
            measuredOn: day(set.measuredOn),
            instrumentVersion: set.instrumentVersion,
            scores: presentScores(cipher, set),
            policies: planScoreSetPolicy.permitted(s, { ...object, blockKey: b.key, raterKind: set.raterKind }),
            corrected: set.replacesId ? { at: iso(set.createdAt), by: fullName(set.rater) } : null,
            earlier: earlier.map((e) => ({ id: e.id, measuredOn: day(e.measuredOn), rater: fullName(e.rater), recordedAt: iso(e.createdAt), scores: presentScores(cipher, e) })),
          }));
          const setChanges = byBlock(content.scoreSets, b.key).map((set) => ({ at: iso(set.createdAt), by: fullName(set.rater) }));
          return { ...base, lastChange: latest(setChanges), fields: {}, scoreSets: sets };
        }
        case 'signatures': {
          const signatures = content.signatures.map((g) => ({
            id: g.id,
            name: fullName(g.person),
            role: g.role,
            kind: g.kind,
            signedOn: day(g.signedOn),
            revision: g.revision,
            current: g.revision === plan.revision,
            signInMethod: g.signInMethod,
            hasPdf: g.hasPdf,
          }));
          return { ...base, lastChange: null, fields: {}, signatures };
        }
        default:
          return { ...base, lastChange: latest(changes), fields: fieldsOf(cipher, blockFields) };
      }
    });
  return {
    id: plan.id,
    dossierId: plan.dossierId,
    title: plan.title,
    version: plan.version,
    revision: plan.revision,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    lastChangedBy: content.lastChangedBy ? fullName(content.lastChangedBy) : null,
    template: { id: content.template.id, name: content.template.name, versionId: content.template.versionId, number: content.template.number, latestNumber: content.template.latestNumber },
    policies: planPolicy.permitted(s, object),
    blocks,
  };
}

function presentGoals(cipher: Cipher, s: PlanSubject, b: Extract<Block, { type: 'goals' }>, content: PlanContent, fields: FieldRow[]) {
  const goals = content.items.filter((i) => i.blockKey === b.key && i.kind === 'goal' && !i.removedAt);
  return goals
    .filter((g) => planGoalPolicy.can(s, 'read', { tenantId: s.tenantId, blockKey: b.key, goalId: g.id }))
    .map((g) => {
      const policies = planGoalPolicy.permitted(s, { tenantId: s.tenantId, blockKey: b.key, goalId: g.id });
      const actions = content.items.filter((a) => a.kind === 'action' && a.parentId === g.id && !a.removedAt);
      const goalFields = fieldsOf(cipher, fields.filter((f) => f.itemId === g.id));
      return {
        id: g.id,
        version: g.version,
        status: g.status,
        position: g.position,
        policies,
        fields: goalFields,
        lifeDomain: b.lifeDomain ? lifeDomainOf(goalFields.lifeDomain?.value, content.lifeDomains) : null,
        measurements: b.measurements
          ? currentRows(content.measurements.filter((m) => m.itemId === g.id)).map(({ row, earlier }) => ({
              ...presentMeasurement(cipher, row),
              corrected: row.replacesId ? { at: iso(row.createdAt), by: fullName(row.by) } : null,
              earlier: earlier.map((e) => presentMeasurement(cipher, e)),
            }))
          : [],
        actions: b.actions ? actions.map((a: ItemRow) => ({ id: a.id, version: a.version, fields: fieldsOf(cipher, fields.filter((f) => f.itemId === a.id)) })) : [],
      };
    });
}

export type PlanView = ReturnType<typeof presentPlan>;
export { fullName };

import { sql, type SQL } from 'drizzle-orm';
import type { Policy, Role, Rule, Subject } from '../../platform/policy/index.js';
import { dossierReachSql, hasRelation, type DossierRelation, type DossierSubject } from './access.js';

const everyone: readonly Role[] = ['resident', 'relative', 'coach', 'consultant', 'providerProfessional', 'teamSuperuser', 'functionalAdmin'];

export interface Part {
  tenantId: string;
}

/**
 * A rule granted through a relation to the dossier, optionally narrowed by a condition on the part (`when`) with
 * its SQL twin (`where`). Writes to a closed dossier are refused to everyone: closing freezes the record.
 */
export function through<O extends Part>(
  relations: readonly DossierRelation[],
  because: string,
  narrow?: { when: (subject: DossierSubject, object: O) => boolean; where: (subject: DossierSubject) => SQL },
  options: { write?: boolean } = {},
): Rule<O, DossierSubject> {
  const open = (subject: DossierSubject) => !(options.write && subject.dossier.closed);
  return {
    roles: everyone,
    because,
    when: (subject, object) => hasRelation(subject, relations) && open(subject) && (narrow ? narrow.when(subject, object) : true),
    where: (subject) => (hasRelation(subject, relations) && open(subject) ? (narrow ? narrow.where(subject) : sql`true`) : sql`false`),
  };
}
export const write = { write: true };


/**
 * A part policy's SQL filter across many dossiers (a list over a dossier aliased `d`): for each relation in `only`,
 * the relation's own condition and the policy's `where` for a subject standing in just that relation. So a list across
 * dossiers lets through exactly what `policy.can` would for each dossier, in one query. Narrowing that depends on the
 * dossier itself (closed, self-determined) reads as an open dossier that is not self-determined: use it for reads.
 */
export function policyReachSql<O extends Part, A extends string>(
  policy: Policy<O, A, DossierSubject>,
  action: A,
  subject: Subject,
  at: Date,
  only: readonly DossierRelation[],
): SQL {
  const parts = only.map((relation) => {
    const standing: DossierSubject = {
      ...subject,
      dossier: { tenantId: subject.tenantId, dossierId: '', residentId: '', teamId: '', closed: false, relations: [relation], selfDetermined: false },
    };
    return sql`(${dossierReachSql(subject, at, [relation])} and ${policy.where(standing, action)})`;
  });
  return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` or `)})`;
}

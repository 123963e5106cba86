import { sql, type SQL } from 'drizzle-orm';
import type { Role, Rule } from '../../platform/policy/index.js';
import { hasRelation, type DossierRelation, type DossierSubject } from './access.js';

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


import { sql, type SQL } from 'drizzle-orm';
import { forbidden, notFound } from '../errors.js';

export type Role = 'resident' | 'relative' | 'coach' | 'consultant' | 'providerProfessional' | 'teamSuperuser' | 'functionalAdmin';

/** Who is asking: the signed-in person in their active role, with the memberships rules look at. */
export interface Subject {
  tenantId: string;
  personId: string;
  accountId: string;
  role: Role;
  organisationId: string | null;
  teamIds: readonly string[];
  superuserOfTeamIds: readonly string[];
}

/**
 * One line of a policy table: these roles may, when `when` holds for the object. `where` is the same condition as
 * SQL over the list's table, so lists are filtered in the database with the rule that guards single objects.
 */
export interface Rule<O, S extends Subject = Subject> {
  roles: readonly Role[];
  when?: (subject: S, object: O) => boolean;
  where?: (subject: S) => SQL;
  /** Why this rule exists, shown in the matrix test output. */
  because: string;
}

export type PolicyTable<O, A extends string, S extends Subject = Subject> = { readonly [K in A]: readonly Rule<O, S>[] };

export interface Policy<O, A extends string, S extends Subject = Subject> {
  objectType: string;
  actions: readonly A[];
  can(subject: S, action: A, object: O): boolean;
  /** The actions the subject may take on the object, sent with it so the UI shows only those. */
  permitted(subject: S, object: O): A[];
  /** A SQL condition for lists: rows the subject may take `action` on. `false` when no rule applies. */
  where(subject: S, action: A): SQL;
  /**
   * Throws 404 when the subject may not even see the object (another tenant's or unrelated objects look absent),
   * 403 when they see it but may not take this action.
   */
  authorize(subject: S, action: A, object: O): void;
}

function applies<O, S extends Subject>(rule: Rule<O, S>, subject: S, object: O): boolean {
  return rule.roles.includes(subject.role) && (rule.when ? rule.when(subject, object) : true);
}

export function definePolicy<O extends { tenantId: string }, A extends string, S extends Subject = Subject>(
  objectType: string,
  readAction: A,
  table: PolicyTable<O, A, S>,
): Policy<O, A, S> {
  const actions = Object.keys(table) as A[];
  const can = (subject: S, action: A, object: O) =>
    object.tenantId === subject.tenantId && table[action].some((rule) => applies(rule, subject, object));
  return {
    objectType,
    actions,
    can,
    permitted: (subject, object) => actions.filter((action) => can(subject, action, object)),
    where: (subject, action) => {
      const parts = table[action]
        .filter((rule) => rule.roles.includes(subject.role))
        .map((rule) => (rule.where ? rule.where(subject) : sql`true`));
      return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` or `)})`;
    },
    authorize: (subject, action, object) => {
      if (!can(subject, readAction, object)) throw notFound();
      if (!can(subject, action, object)) throw forbidden();
    },
  };
}

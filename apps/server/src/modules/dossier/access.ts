import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { Role, Subject } from '../../platform/policy/index.js';

/**
 * How the signed-in person stands to one dossier. Every rule about a dossier's parts is written in these words, so
 * a part's policy never has to know how a relation came about (team, named professional, referral, break glass).
 */
export type DossierRelation =
  | 'resident'
  /** A relative who may add (write notes, documents, messages). */
  | 'relativeWrite'
  /** A relative who may view. */
  | 'relativeView'
  /** A relative with `actsOnBehalf`: a guardian, who may do what the resident may. */
  | 'guardian'
  /** A coach or aanjager of the dossier's team. */
  | 'teamProfessional'
  /** A professional named on the dossier (e.g. the PA). */
  | 'namedProfessional'
  /** A professional outside the team who gave a reason to open it (*doorbraak*), while that grant lasts. */
  | 'breakGlass'
  /** Staff of a provider the dossier is referred to. */
  | 'provider';

export const residentSide: readonly DossierRelation[] = ['resident', 'guardian'];
export const relativeReaders: readonly DossierRelation[] = ['relativeView', 'relativeWrite', 'guardian'];
export const caseWorkers: readonly DossierRelation[] = ['teamProfessional', 'namedProfessional', 'breakGlass'];

export interface DossierAccess {
  tenantId: string;
  dossierId: string;
  residentId: string;
  teamId: string;
  closed: boolean;
  relations: readonly DossierRelation[];
  /**
   * The resident is of age and has no guardian on this dossier: only then do they decide themselves who may see it
   * (withdraw a relative's access). Absent counts as no.
   */
  selfDetermined?: boolean;
}

/** A subject looking at one dossier: the rules for the dossier's parts take this. */
export interface DossierSubject extends Subject {
  dossier: DossierAccess;
}

const professionalRoles: readonly Role[] = ['coach', 'teamSuperuser', 'consultant'];

const uuidList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

/**
 * The relations as one SQL expression per relation over a dossier aliased `d`, each `null` or the relation's name;
 * the same expressions make the list filter, so lists and single objects cannot disagree.
 */
function relationExpressions(subject: Subject, at: Date): Array<[DossierRelation, SQL]> {
  const me = sql`${subject.personId}::uuid`;
  switch (subject.role) {
    case 'resident':
      return [['resident', sql`d.resident_id = ${me}`]];
    case 'relative': {
      const level = (levels: SQL) =>
        sql`exists (select 1 from dossier_relative r where r.dossier_id = d.id and r.person_id = ${me} and r.level in ${levels})`;
      return [
        ['relativeView', level(sql`('view')`)],
        ['relativeWrite', level(sql`('write')`)],
        ['guardian', sql`exists (select 1 from dossier_relative r where r.dossier_id = d.id and r.person_id = ${me} and r.level = 'write' and r.acts_on_behalf)`],
      ];
    }
    case 'coach':
    case 'teamSuperuser':
    case 'consultant': {
      const named = sql`exists (select 1 from dossier_professional p where p.dossier_id = d.id and p.person_id = ${me})`;
      const glass = sql`exists (select 1 from break_glass_grant g where g.dossier_id = d.id and g.person_id = ${me} and g.expires_at > ${at.toISOString()}::timestamptz)`;
      const team = subject.role === 'consultant' || subject.teamIds.length === 0 ? sql`false` : sql`d.team_id in (${uuidList(subject.teamIds)})`;
      return [
        ['teamProfessional', team],
        ['namedProfessional', named],
        ['breakGlass', glass],
      ];
    }
    case 'providerProfessional':
      return subject.organisationId
        ? [
            [
              'provider',
              sql`exists (select 1 from dossier_referral f where f.dossier_id = d.id and f.organisation_id = ${subject.organisationId}::uuid and f.ended_on is null)`,
            ],
          ]
        : [];
    default:
      return [];
  }
}

/** SQL condition over `d` (the dossier table): dossiers the subject has any relation to. */
export function dossierReachSql(subject: Subject, at: Date, only?: readonly DossierRelation[]): SQL {
  const parts = relationExpressions(subject, at)
    .filter(([relation]) => !only || only.includes(relation))
    .map(([, expression]) => expression);
  return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` or `)})`;
}

/** SQL select-list fragment over `d` joined with the resident as `r`: see DossierAccess.selfDetermined. */
export const selfDeterminedSql = (at: Date) =>
  sql`((r.date_of_birth is null or r.date_of_birth <= (${at.toISOString()}::timestamptz at time zone 'Europe/Amsterdam')::date - interval '18 years')
       and not exists (select 1 from dossier_relative g where g.dossier_id = d.id and g.acts_on_behalf))`;

/** SQL select-list fragment: an array of the relations the subject has to `d`. */
export function relationsSql(subject: Subject, at: Date): SQL {
  const parts = relationExpressions(subject, at).map(([relation, expression]) => sql`case when ${expression} then ${relation} end`);
  return parts.length === 0 ? sql`array[]::text[]` : sql`array_remove(array[${sql.join(parts, sql`, `)}]::text[], null)`;
}

interface AccessRow extends Record<string, unknown> {
  id: string;
  tenant_id: string;
  resident_id: string;
  team_id: string;
  closed_on: string | null;
  relations: DossierRelation[];
  self_determined: boolean;
}

/** How the subject stands to a dossier; `null` when the dossier does not exist in this tenant. */
export async function loadDossierAccess(tx: Tx, subject: Subject, dossierId: string, at: Date): Promise<DossierAccess | null> {
  const [row] = await queryRows<AccessRow>(
    tx,
    sql`select d.id, d.tenant_id, d.resident_id, d.team_id, d.closed_on, ${relationsSql(subject, at)} as relations,
               ${selfDeterminedSql(at)} as self_determined
        from dossier d join person r on r.id = d.resident_id where d.id = ${dossierId}::uuid`,
  );
  if (!row) return null;
  return {
    tenantId: row.tenant_id,
    dossierId: row.id,
    residentId: row.resident_id,
    teamId: row.team_id,
    closed: row.closed_on !== null,
    relations: row.relations,
    selfDetermined: row.self_determined,
  };
}

/**
 * The subject as seen from one dossier. A dossier the subject has no relation to answers 404, exactly as one that
 * does not exist: its existence is itself personal data.
 */
export async function dossierSubject(tx: Tx, subject: Subject, dossierId: string, at: Date): Promise<DossierSubject> {
  const access = await loadDossierAccess(tx, subject, dossierId, at);
  if (!access || access.relations.length === 0) throw notFound();
  return { ...subject, dossier: access };
}

export function hasRelation(subject: DossierSubject, relations: readonly DossierRelation[]): boolean {
  return subject.dossier.relations.some((relation) => relations.includes(relation));
}

export const isProfessionalRole = (role: Role) => professionalRoles.includes(role);

/** Audit context for a guardian: the log records that they acted on behalf of the resident. */
export function withOnBehalf(ctx: RequestContext, subject: DossierSubject): RequestContext {
  return subject.dossier.relations.includes('guardian') ? { ...ctx, onBehalfOfPersonId: subject.dossier.residentId } : ctx;
}

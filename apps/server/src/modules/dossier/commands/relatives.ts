import { and, eq } from 'drizzle-orm';
import { accounts, dossierRelatives, people } from '../../../db/schema/index.js';
import { conflict, notFound, validation } from '../../../platform/errors.js';
import type { Tx } from '../../../platform/db/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Language } from '../../../platform/i18n.js';
import type { Services } from '../../../platform/services.js';
import { inviteKnownPerson } from '../../identity/index.js';
import { relativeAccessPolicy } from '../policy.js';
import { changeDossier } from './within-dossier.js';

type Level = 'none' | 'informed' | 'view' | 'write';

export interface RelativeInput {
  firstName: string;
  infix?: string | null | undefined;
  surname: string;
  email?: string | null | undefined;
  relation: string;
  level: Level;
  actsOnBehalf: boolean;
  invite: boolean;
  /** The relative's mail language (invitation and notices); Dutch unless the professional chooses English. */
  language?: Language | undefined;
}

/** Only a relative who may add can act on behalf of the resident; a guardian who may only look is a contradiction. */
function checkGuardian(level: Level, actsOnBehalf: boolean) {
  if (actsOnBehalf && level !== 'write') throw validation([{ field: 'actsOnBehalf', code: 'invalid' }]);
}

/** A professional lists a relative on the dossier with a level, and may invite them to sign in. */
export async function addRelative(services: Services, ctx: RequestContext, dossierId: string, input: RelativeInput) {
  checkGuardian(input.level, input.actsOnBehalf);
  if (input.invite && !input.email) throw validation([{ field: 'email', code: 'required' }]);
  if (input.invite && !['view', 'write'].includes(input.level)) throw validation([{ field: 'invite', code: 'invalid' }]);
  const language = input.language ?? 'nl';
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    relativeAccessPolicy.authorize(subject, 'create', { tenantId: subject.tenantId, personId: subject.personId });
    const [person] = await tx
      .insert(people)
      .values({ tenantId: subject.tenantId, kind: 'relative', firstName: input.firstName, infix: input.infix ?? null, surname: input.surname, email: input.email ?? null, language })
      .returning({ id: people.id });
    await tx.insert(dossierRelatives).values({
      tenantId: subject.tenantId,
      dossierId,
      personId: person!.id,
      relation: input.relation,
      level: input.level,
      actsOnBehalf: input.actsOnBehalf,
      updatedAt: now,
    });
    if (input.invite) {
      await inviteKnownPerson(services, tx, {
        tenantId: subject.tenantId,
        personId: person!.id,
        kind: 'relative',
        email: input.email!,
        firstName: input.firstName,
        invitedBy: subject.personId,
        language,
      });
    }
    await audit([{ action: 'grant', objectType: 'relativeAccess', objectId: person!.id, details: { level: input.level, actsOnBehalf: input.actsOnBehalf, invited: input.invite } }]);
    return { personId: person!.id };
  });
}

async function findRelative(tx: Tx, dossierId: string, personId: string) {
  const [row] = await tx.select().from(dossierRelatives).where(and(eq(dossierRelatives.dossierId, dossierId), eq(dossierRelatives.personId, personId)));
  if (!row) throw notFound();
  return row;
}

/** A new level applies to the relative's very next request: access is decided per request from these rows. */
export async function updateRelative(
  services: Services,
  ctx: RequestContext,
  dossierId: string,
  personId: string,
  input: { version: number; relation: string; level: Level; actsOnBehalf: boolean; language?: Language | undefined },
) {
  checkGuardian(input.level, input.actsOnBehalf);
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, now, audit }) => {
    const current = await findRelative(tx, dossierId, personId);
    relativeAccessPolicy.authorize(subject, 'update', { tenantId: current.tenantId, personId });
    if (current.version !== input.version) throw conflict({ version: current.version, level: current.level, relation: current.relation, actsOnBehalf: current.actsOnBehalf });
    await tx
      .update(dossierRelatives)
      .set({ relation: input.relation, level: input.level, actsOnBehalf: input.actsOnBehalf, version: current.version + 1, updatedAt: now })
      .where(and(eq(dossierRelatives.dossierId, dossierId), eq(dossierRelatives.personId, personId), eq(dossierRelatives.version, input.version)));
    const [person] = await tx.select({ language: people.language }).from(people).where(eq(people.id, personId));
    const languageChanged = input.language !== undefined && person!.language !== input.language;
    if (languageChanged) await tx.update(people).set({ language: input.language! }).where(eq(people.id, personId));
    await audit([
      { action: 'update', objectType: 'relativeAccess', objectId: personId, details: { from: current.level, to: input.level, actsOnBehalf: input.actsOnBehalf } },
      ...(languageChanged ? [{ action: 'update' as const, objectType: 'person', objectId: personId, field: 'language', details: { from: person!.language, to: input.language! } }] : []),
    ]);
    return { version: current.version + 1 };
  });
}

/** The resident (or a professional) withdraws a relative's access at once; the relative disappears from the list. */
export async function revokeRelative(services: Services, ctx: RequestContext, dossierId: string, personId: string, version: number) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, audit }) => {
    const current = await findRelative(tx, dossierId, personId);
    relativeAccessPolicy.authorize(subject, 'revoke', { tenantId: current.tenantId, personId });
    if (current.version !== version) throw conflict({ version: current.version, level: current.level });
    await tx.delete(dossierRelatives).where(and(eq(dossierRelatives.dossierId, dossierId), eq(dossierRelatives.personId, personId)));
    await audit([{ action: 'revoke', objectType: 'relativeAccess', objectId: personId, details: { from: current.level } }]);
  });
}

/**
 * A professional invites the resident of the dossier to sign in: an account for the person (the e-mail becomes the
 * login name) and the invitation link by mail. A resident who already has an account is refused at the field.
 */
export async function inviteResident(services: Services, ctx: RequestContext, dossierId: string, email: string) {
  return changeDossier(services, ctx, dossierId, async ({ tx, subject, audit }) => {
    relativeAccessPolicy.authorize(subject, 'create', { tenantId: subject.tenantId, personId: subject.dossier.residentId });
    const [resident] = await tx.select().from(people).where(eq(people.id, subject.dossier.residentId));
    const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, resident!.id));
    if (existing) throw validation([{ field: 'email', code: 'taken' }]);
    if (!resident!.email) await tx.update(people).set({ email }).where(eq(people.id, resident!.id));
    const invited = await inviteKnownPerson(services, tx, {
      tenantId: subject.tenantId,
      personId: resident!.id,
      kind: 'resident',
      email,
      firstName: resident!.firstName,
      invitedBy: subject.personId,
      language: ctx.language,
    });
    await audit([{ action: 'create', objectType: 'invitation', objectId: invited.accountId, details: { kind: 'resident' } }]);
    return { expiresAt: invited.expiresAt.toISOString() };
  });
}

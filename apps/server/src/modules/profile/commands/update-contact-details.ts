import { eq, sql } from 'drizzle-orm';
import { people, residentProfiles } from '../../../db/schema/index.js';
import { recordAudit, type AuditEntry } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { conflict, validation } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { profilePolicy } from '../policy.js';
import { currentContactDetails, presentProfile } from '../presenter.js';
import { accountOfPerson, emailTaken, loadProfile, onBehalf, requireResidentPart } from '../repository.js';
import { blankToNull, sameEmail } from '../values.js';
import { requestEmailChange } from './email-change.js';

export interface ContactDetailsInput {
  version: number;
  phone: string | null;
  mobilePhone: string | null;
  email: string | null;
  consents: { neighbourhoodCheck: boolean; wantsDecision: boolean };
}

/**
 * The resident (or a guardian) changes phone numbers and consents, which apply at once, and asks for a new e-mail
 * address, which applies only when the link mailed to it is followed: it is also the login name.
 */
export async function updateContactDetails(services: Services, ctx: RequestContext, personId: string, input: ContactDetailsInput) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const part = await requireResidentPart(tx, subject, personId, now);
    profilePolicy.authorize(subject, 'update', part);
    const row = await loadProfile(tx, part, now);
    if (row.profile.version !== input.version) throw conflict(currentContactDetails(row));

    const next = {
      phone: blankToNull(input.phone),
      mobilePhone: blankToNull(input.mobilePhone),
      email: blankToNull(input.email),
      consentNeighbourhoodCheck: input.consents.neighbourhoodCheck,
      wantsDecision: input.consents.wantsDecision,
    };
    const changed = [
      next.phone !== row.person.phone && 'phone',
      next.mobilePhone !== row.profile.mobilePhone && 'mobilePhone',
      next.consentNeighbourhoodCheck !== row.profile.consentNeighbourhoodCheck && 'consents.neighbourhoodCheck',
      next.wantsDecision !== row.profile.wantsDecision && 'consents.wantsDecision',
    ].filter((field): field is string => Boolean(field));

    // The e-mail address: checked before anything is written, so a refusal changes nothing.
    const account = await accountOfPerson(tx, personId);
    const emailChanged = !sameEmail(next.email, row.person.email);
    if (emailChanged && account && next.email === null) throw validation([{ field: 'email', code: 'required' }]);
    if (emailChanged && next.email !== null && (await emailTaken(tx, next.email, account?.id ?? null))) throw validation([{ field: 'email', code: 'taken' }]);
    // Without an account the address is no login name: nothing to confirm, it applies at once like a phone number.
    const emailDirect = emailChanged && !account;
    if (emailDirect) changed.push('email');

    const entries: AuditEntry[] = changed.map((field) => ({ action: 'update', objectType: 'profile', objectId: personId, residentId: personId, field }));
    if (emailChanged && account) {
      const changeId = await requestEmailChange(tx, services, ctx, {
        tenantId: subject.tenantId,
        accountId: account.id,
        currentEmail: account.email,
        newEmail: next.email!,
        firstName: row.person.firstName,
        now,
      });
      entries.push({ action: 'create', objectType: 'emailChange', objectId: changeId, residentId: personId, field: 'email' });
    }
    if (entries.length > 0) {
      if (changed.includes('phone') || emailDirect) {
        await tx
          .update(people)
          .set({ phone: next.phone, ...(emailDirect && { email: next.email }), version: sql`${people.version} + 1`, updatedAt: now })
          .where(eq(people.id, personId));
      }
      await tx
        .update(residentProfiles)
        .set({
          mobilePhone: next.mobilePhone,
          consentNeighbourhoodCheck: next.consentNeighbourhoodCheck,
          wantsDecision: next.wantsDecision,
          version: row.profile.version + 1,
          updatedAt: now,
        })
        .where(eq(residentProfiles.personId, personId));
      await recordAudit(tx, onBehalf(ctx, subject, part), entries);
    }
    const after = await loadProfile(tx, part, now);
    return { ...presentProfile(subject, part, after, services.cipher), emailChange: emailChanged && account ? ('confirmationSent' as const) : ('none' as const) };
  });
}

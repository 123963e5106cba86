import { eq } from 'drizzle-orm';
import { people } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Language } from '../../../platform/i18n.js';
import type { Services } from '../../../platform/services.js';
import { findAccountObject } from '../account-repository.js';
import { accountPolicy } from '../policy.js';
import { findPerson } from '../repository.js';

/**
 * The signed-in person chooses the language of the app, and with it the language of the mails others cause to be
 * sent to them (message notices, signature requests, a lock notice). Only one's own person: the route has no id.
 */
export async function setOwnLanguage(services: Services, ctx: RequestContext, language: Language) {
  const subject = subjectOf(ctx);
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const account = await findAccountObject(tx, subject.accountId);
    if (!account) throw notFound();
    accountPolicy.authorize(subject, 'update', account);
    const person = await findPerson(tx, account.personId);
    if (!person) throw notFound();
    if (person.language === language) return;
    await tx.update(people).set({ language }).where(eq(people.id, person.id));
    await recordAudit(tx, ctx, [
      { action: 'update', objectType: 'person', objectId: person.id, residentId: person.kind === 'resident' ? person.id : null, field: 'language', details: { from: person.language, to: language } },
    ]);
  });
}

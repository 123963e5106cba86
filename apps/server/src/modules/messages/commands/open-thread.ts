import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { loadDossierAccess, withOnBehalf } from '../../dossier/index.js';
import { threadPolicy } from '../policy.js';
import { presentThread } from '../presenter.js';
import { findThread, listMessages, listParticipants, markRead } from '../repository.js';

/** Reads a thread as a participant and marks it read for them; the read is in the audit log. */
export async function openThread(services: Services, ctx: RequestContext, threadId: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const thread = await findThread(tx, threadId);
    if (!thread) throw notFound();
    const access = await loadDossierAccess(tx, subject, thread.dossier_id, now);
    if (!access) throw notFound();
    const ds = { ...subject, dossier: access };
    threadPolicy.authorize(ds, 'read', { tenantId: thread.tenant_id, participantIds: thread.participant_ids });
    const participants = await listParticipants(tx, threadId);
    const messages = await listMessages(tx, threadId);
    await markRead(tx, threadId, ds.personId, now);
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'read', objectType: 'messageThread', objectId: threadId, residentId: access.residentId, details: { messages: messages.length } },
    ]);
    return presentThread(ds, thread, participants, messages, services.cipher);
  });
}

import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { loadDossierAccess, withOnBehalf } from '../../dossier/index.js';
import { threadPolicy } from '../policy.js';
import { findThread } from '../repository.js';
import { addMessage, checkAttachment, notifyRecipients } from './deliver.js';

/** Adds a reply to a thread the caller takes part in; the other participants get a notice. */
export async function replyToThread(services: Services, ctx: RequestContext, threadId: string, input: { body: string; attachmentDocumentId?: string | undefined }) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const thread = await findThread(tx, threadId);
    if (!thread) throw notFound();
    const access = await loadDossierAccess(tx, subject, thread.dossier_id, now);
    if (!access) throw notFound();
    const ds = { ...subject, dossier: access };
    threadPolicy.authorize(ds, 'reply', { tenantId: thread.tenant_id, participantIds: thread.participant_ids });
    const others = thread.participant_ids.filter((id) => id !== ds.personId);
    const attachmentDocumentId = await checkAttachment(tx, ds, input.attachmentDocumentId, others);
    const messageId = await addMessage(tx, services, {
      tenantId: ds.tenantId,
      threadId,
      dossierId: thread.dossier_id,
      senderPersonId: ds.personId,
      body: input.body,
      attachmentDocumentId,
      now,
    });
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'create', objectType: 'message', objectId: messageId, residentId: access.residentId, details: { threadId, attachment: attachmentDocumentId !== null } },
    ]);
    await notifyRecipients(tx, services, { tenantId: ds.tenantId, threadId, dossierId: thread.dossier_id, recipientIds: others, now });
    return { id: messageId, threadId };
  });
}

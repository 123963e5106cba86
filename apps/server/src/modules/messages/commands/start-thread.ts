import { messageParticipants, messageThreads } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { validation } from '../../../platform/errors.js';
import { subjectOf, type RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { dossierSubject, withOnBehalf } from '../../dossier/index.js';
import { threadPolicy } from '../policy.js';
import { listRecipients } from '../repository.js';
import { addMessage, checkAttachment, notifyRecipients } from './deliver.js';

export interface StartThreadInput {
  recipientPersonId: string;
  subject: string;
  body: string;
  attachmentDocumentId?: string | undefined;
}

/** Starts a conversation in a dossier with one of the people the caller may write to, with its first message. */
export async function startThread(services: Services, ctx: RequestContext, dossierId: string, input: StartThreadInput) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    threadPolicy.authorize(ds, 'start', { tenantId: ds.tenantId, participantIds: [ds.personId] });
    const recipients = await listRecipients(tx, ds);
    if (!recipients.some((r) => r.id === input.recipientPersonId)) throw validation([{ field: 'recipientPersonId', code: 'invalid' }]);
    const attachmentDocumentId = await checkAttachment(tx, ds, input.attachmentDocumentId, [input.recipientPersonId]);

    const [thread] = await tx
      .insert(messageThreads)
      .values({ tenantId: ds.tenantId, dossierId, subject: input.subject, lastMessageAt: now })
      .returning({ id: messageThreads.id });
    const threadId = thread!.id;
    await tx.insert(messageParticipants).values([
      { tenantId: ds.tenantId, threadId, personId: ds.personId, lastReadAt: now },
      { tenantId: ds.tenantId, threadId, personId: input.recipientPersonId, lastReadAt: null },
    ]);
    const messageId = await addMessage(tx, services, { tenantId: ds.tenantId, threadId, dossierId, senderPersonId: ds.personId, body: input.body, attachmentDocumentId, now });
    const residentId = ds.dossier.residentId;
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'create', objectType: 'messageThread', objectId: threadId, residentId, details: { dossierId } },
      { action: 'create', objectType: 'message', objectId: messageId, residentId, details: { threadId, attachment: attachmentDocumentId !== null } },
    ]);
    await notifyRecipients(tx, services, { tenantId: ds.tenantId, threadId, dossierId, recipientIds: [input.recipientPersonId], now });
    return { id: threadId, messageId };
  });
}

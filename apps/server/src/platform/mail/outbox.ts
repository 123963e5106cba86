import { outboundMails } from '../../db/schema/index.js';
import type { Tx } from '../db/index.js';
import type { Language } from '../i18n.js';
import type { TemplateName } from './templates.js';

export interface MailRequest {
  tenantId: string;
  to: string;
  language: Language;
  template: TemplateName;
  params: Record<string, string>;
  /** The app's clock (not the database's), so the sender's idea of "due" matches the writer's. */
  now: Date;
}

/** Queues a mail in the caller's transaction: it is sent only if the change that causes it commits. */
export async function enqueueMail(tx: Tx, mail: MailRequest): Promise<void> {
  await tx.insert(outboundMails).values({
    tenantId: mail.tenantId,
    recipient: mail.to,
    language: mail.language,
    template: mail.template,
    params: mail.params,
    createdAt: mail.now,
    nextAttemptAt: mail.now,
  });
}

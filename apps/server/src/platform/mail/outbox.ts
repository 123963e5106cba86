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
}

/** Queues a mail in the caller's transaction: it is sent only if the change that causes it commits. */
export async function enqueueMail(tx: Tx, mail: MailRequest): Promise<void> {
  await tx.insert(outboundMails).values({
    tenantId: mail.tenantId,
    recipient: mail.to,
    language: mail.language,
    template: mail.template,
    params: mail.params,
  });
}

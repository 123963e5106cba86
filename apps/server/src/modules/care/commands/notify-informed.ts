import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/index.js';
import type { Language } from '../../../platform/i18n.js';
import { enqueueMail } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';

/**
 * Relatives at level *informed* have no login; they get a notice of new appointments (seed 002), in their own
 * language (set by the professional who listed them). The notice names nobody but the recipient and says nothing
 * about the care: who, what and when stay in the portal.
 */
export async function notifyInformedRelatives(services: Services, tx: Tx, input: { tenantId: string; dossierId: string; now: Date }) {
  const recipients = await queryRows<{ email: string; first_name: string; language: Language }>(
    tx,
    sql`select p.email, p.first_name, p.language from dossier_relative r join person p on p.id = r.person_id
         where r.dossier_id = ${input.dossierId}::uuid and r.level = 'informed' and p.email is not null`,
  );
  for (const recipient of recipients) {
    await enqueueMail(tx, {
      tenantId: input.tenantId,
      to: recipient.email,
      language: recipient.language,
      template: 'new-appointment',
      params: { firstName: recipient.first_name },
      now: input.now,
    });
  }
}

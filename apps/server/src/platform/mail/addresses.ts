import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/index.js';
import type { Language } from '../i18n.js';

export interface MailAddress extends Record<string, unknown> {
  person_id: string;
  kind: 'resident' | 'relative' | 'professional';
  first_name: string;
  /** The sign-in address of the person's account. */
  email: string;
  /** The language mails to this person are written in (`person.language`), whoever triggers the mail. */
  language: Language;
  /** The account is active (not still waiting for the invitation to be accepted). */
  active: boolean;
}

/**
 * Where a notice to people who can sign in goes: the sign-in address of each person whose account is not
 * deactivated, with their first name and their own language. People without such an account are left out.
 */
export async function accountAddresses(tx: Tx, personIds: readonly string[]): Promise<MailAddress[]> {
  if (personIds.length === 0) return [];
  return queryRows<MailAddress>(
    tx,
    sql`select p.id as person_id, p.kind, p.first_name, a.email, p.language, a.status = 'active' as active
        from person p join account a on a.person_id = p.id
        where p.id in (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)}) and a.status <> 'deactivated'`,
  );
}

/** A stored `person.language` as a mail language (the column allows only these two; anything else reads as Dutch). */
export const mailLanguage = (value: string | null | undefined): Language => (value === 'en' ? 'en' : 'nl');

import { index, integer, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumns } from './columns.js';

export const mailStatus = pgEnum('mail_status', ['pending', 'sent', 'failed']);

/**
 * The outbox: a mail is a row written in the transaction of the change that causes it, and sent afterwards with
 * retries, so a failing SMTP server loses nothing. Parameters (they may hold a one-time link) are wiped once sent.
 */
export const outboundMails = pgTable(
  'outbound_mail',
  {
    ...tenantColumns,
    recipient: text('recipient').notNull(),
    language: text('language').notNull(),
    template: text('template').notNull(),
    params: jsonb('params'),
    status: mailStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbound_mail_due').on(t.tenantId, t.status, t.nextAttemptAt)],
);

import { foreignKey, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from './columns.js';
import { accounts } from './tenancy.js';

/** A signed-in browser. Only the SHA-256 of the token is stored; the token itself lives in the cookie. */
export const sessions = pgTable(
  'session',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    role: text('role').notNull(),
    organisationId: uuid('organisation_id'),
    userAgent: text('user_agent'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    uniqueIndex('session_token_hash').on(t.tokenHash),
    index('session_account').on(t.tenantId, t.accountId),
  ],
);

import { bigint, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * NEN 7513 access log. Append-only: the application role may only SELECT and INSERT, and every row is chained to
 * the previous row of its chain by `hash = sha256(prev_hash || payload)`; rows are written by `audit_append()`.
 * A tenant has up to 16 chains (ADR 0006): a transaction appends to a chain no other transaction holds, so requests
 * of one tenant do not wait for each other's commit; each chain is verified on its own.
 */
export const auditEvents = pgTable(
  'audit_event',
  {
    tenantId: uuid('tenant_id').notNull(),
    chain: smallint('chain').notNull().default(0),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorPersonId: uuid('actor_person_id'),
    actorRole: text('actor_role'),
    actorOrganisationId: uuid('actor_organisation_id'),
    onBehalfOfPersonId: uuid('on_behalf_of_person_id'),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    residentId: uuid('resident_id'),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    field: text('field'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    reason: text('reason'),
    details: jsonb('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.chain, t.seq] }),
    index('audit_event_resident').on(t.tenantId, t.residentId, t.occurredAt),
    index('audit_event_actor').on(t.tenantId, t.actorPersonId, t.occurredAt),
  ],
);

/** The newest link of each of a tenant's chains; locking this row serialises appends to that chain. */
export const auditChainHeads = pgTable(
  'audit_chain_head',
  {
    tenantId: uuid('tenant_id').notNull(),
    chain: smallint('chain').notNull().default(0),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.chain] })],
);

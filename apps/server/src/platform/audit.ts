import { sql } from 'drizzle-orm';
import type { Tx } from './db/index.js';
import type { RequestContext } from './http/context.js';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout' | 'login-failed' | 'grant' | 'revoke';

export interface AuditEntry {
  action: AuditAction;
  objectType: string;
  objectId?: string | null;
  residentId?: string | null;
  field?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  reason?: string | null;
  /** Identifiers only: never names, BSNs or free text. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Appends entries to the tenant's hash-chained log inside the caller's transaction: the entry commits with the
 * change it describes, or neither does.
 */
export async function recordAudit(tx: Tx, ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => ({
    actor_person_id: ctx.actor?.personId ?? null,
    actor_role: ctx.actor?.role ?? null,
    actor_organisation_id: ctx.actor?.organisationId ?? null,
    on_behalf_of_person_id: ctx.onBehalfOfPersonId,
    client_ip: ctx.clientIp,
    user_agent: ctx.userAgent,
    request_id: ctx.requestId,
    resident_id: entry.residentId ?? null,
    object_type: entry.objectType,
    object_id: entry.objectId ?? null,
    field: entry.field ?? null,
    action: entry.action,
    outcome: entry.outcome ?? 'success',
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  }));
  await tx.execute(sql`select audit_append(${JSON.stringify(rows)}::jsonb)`);
}

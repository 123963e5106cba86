import { sql } from 'drizzle-orm';
import { recordAudit, type AuditEntry } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../platform/http/context.js';
import type { Services } from '../../platform/services.js';
import { dossierReachSql, dossierSubject, withOnBehalf } from '../dossier/index.js';
import { threadPolicy, threadReaders, threadWriters } from './policy.js';
import { presentRecipient, presentThreadSummary, presentWritableDossier } from './presenter.js';
import { countUnread, dossierFileNumber, listOpenDossiers, listRecipients, listThreads, type ThreadSummaryRow } from './repository.js';

interface Paging {
  page: number;
  pageSize: number;
}

/** One read entry per resident whose threads were listed: the resident's access log then shows the list was seen. */
function listAudit(rows: ThreadSummaryRow[], page: number): AuditEntry[] {
  const perResident = new Map<string, number>();
  for (const row of rows) perResident.set(row.resident_id, (perResident.get(row.resident_id) ?? 0) + 1);
  return [...perResident].map(([residentId, listed]) => ({ action: 'read' as const, objectType: 'messageThread', residentId, details: { listed, page } }));
}

/** *Mijn berichten*: my threads in every dossier I still read, with the unread count and where I may start one. */
export async function listMyThreads(services: Services, ctx: RequestContext, { page, pageSize }: Paging) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const reach = dossierReachSql(subject, now, threadReaders);
    const rows = await listThreads(tx, subject.personId, reach, page, pageSize);
    const unreadCount = await countUnread(tx, subject.personId, reach);
    const writable = await listOpenDossiers(tx, dossierReachSql(subject, now, threadWriters));
    await recordAudit(tx, ctx, listAudit(rows, page));
    return {
      items: rows.map(presentThreadSummary),
      total: Number(rows[0]?.total ?? 0),
      unreadCount,
      writableDossiers: writable.map(presentWritableDossier),
    };
  });
}

/** A count only (no names, no subjects): cheap enough for every page's navigation, and not logged as a read. */
export async function unreadCount(services: Services, ctx: RequestContext) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => ({
    unread: await countUnread(tx, subject.personId, dossierReachSql(subject, now, threadReaders)),
  }));
}

/** The professional's inbox of one dossier: my threads in it, and whether I may start one. */
export async function listDossierThreads(services: Services, ctx: RequestContext, dossierId: string, { page, pageSize }: Paging) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    const scope = sql`d.id = ${dossierId}::uuid and ${threadPolicy.where(ds, 'read')}`;
    const rows = await listThreads(tx, subject.personId, scope, page, pageSize);
    const unread = await countUnread(tx, subject.personId, scope);
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'read', objectType: 'messageThread', residentId: ds.dossier.residentId, details: { dossierId, listed: rows.length, page } },
    ]);
    const mayStart = threadPolicy.can(ds, 'start', { tenantId: ds.tenantId, participantIds: [ds.personId] });
    return {
      dossier: { id: dossierId, fileNumber: await dossierFileNumber(tx, dossierId) },
      items: rows.map(presentThreadSummary),
      total: Number(rows[0]?.total ?? 0),
      unreadCount: unread,
      policies: mayStart ? ['start' as const] : [],
    };
  });
}

/** Whom the caller may write to in the dossier; 403 for someone who reads but may not write (a relative who may view). */
export async function messageRecipients(services: Services, ctx: RequestContext, dossierId: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const ds = await dossierSubject(tx, subject, dossierId, now);
    threadPolicy.authorize(ds, 'start', { tenantId: ds.tenantId, participantIds: [ds.personId] });
    const rows = await listRecipients(tx, ds);
    await recordAudit(tx, withOnBehalf(ctx, ds), [
      { action: 'read', objectType: 'messageRecipient', residentId: ds.dossier.residentId, details: { dossierId, listed: rows.length } },
    ]);
    return { items: rows.map(presentRecipient) };
  });
}

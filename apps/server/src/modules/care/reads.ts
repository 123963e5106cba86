import { recordAudit, type AuditEntry } from '../../platform/audit.js';
import { inTenant, type Tx } from '../../platform/db/index.js';
import { subjectOf, type RequestContext } from '../../platform/http/context.js';
import type { Subject } from '../../platform/policy/index.js';
import type { Services } from '../../platform/services.js';
import { dossierSubject, planSectionPolicy, relativeReaders, residentSide, withOnBehalf, type DossierSubject } from '../dossier/index.js';
import { careReportPolicy, visitPolicy } from './policy.js';
import { groupByDay, presentReport, presentVisit, subjectFor } from './presenter.js';
import { careDossierOf, planSectionsOf, reachableCareDossiers, reportsPage, reportTotal, visitsIn, type CareDossier } from './repository.js';
import { monthBounds } from './time-blocks.js';

/** The portal's own view across dossiers: the resident (or guardian) and relatives who may read. */
const portalRelations = [...residentSide, ...relativeReaders];

type Scope = Array<{ dossier: CareDossier; subject: DossierSubject }>;

async function portalScope(tx: Tx, subject: Subject, now: Date): Promise<Scope> {
  const dossiers = await reachableCareDossiers(tx, subject, now, portalRelations);
  return dossiers.map((dossier) => ({ dossier, subject: subjectFor(subject, dossier) }));
}

async function dossierScope(tx: Tx, subject: Subject, dossierId: string, now: Date): Promise<Scope> {
  const ds = await dossierSubject(tx, subject, dossierId, now);
  const dossier = await careDossierOf(tx, ds, now);
  return [{ dossier, subject: subjectFor(subject, dossier) }];
}

/** Audit entries go in the name of the dossier's resident; a guardian's reads are on behalf of the resident. */
async function auditPerDossier(tx: Tx, ctx: RequestContext, scope: Scope, entry: (item: Scope[number]) => AuditEntry[]) {
  for (const item of scope) await recordAudit(tx, withOnBehalf(ctx, item.subject), entry(item));
}

async function visitMonth(tx: Tx, ctx: RequestContext, scope: Scope, month: string) {
  const { from, to } = monthBounds(month);
  const rows = await visitsIn(
    tx,
    scope.map(({ dossier, subject }) => ({ dossierId: dossier.dossierId, where: visitPolicy.where(subject, 'read') })),
    from,
    to,
  );
  const byId = new Map(scope.map((item) => [item.dossier.dossierId, item]));
  const visits = rows.map((row) => {
    const { dossier, subject } = byId.get(row.dossier_id)!;
    return { row, wire: presentVisit(subject, dossier, row) };
  });
  await auditPerDossier(tx, ctx, scope, ({ dossier }) => [
    {
      action: 'read',
      objectType: 'visit',
      residentId: dossier.residentId,
      details: { dossierId: dossier.dossierId, month, listed: rows.filter((row) => row.dossier_id === dossier.dossierId).length },
    },
  ]);
  return groupByDay(visits);
}

/** *Planning* in the portal: one month of visits across the dossiers the resident or relative may read. */
export async function portalVisitMonth(services: Services, ctx: RequestContext, month: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const scope = await portalScope(tx, subject, now);
    return { month, policies: [], days: await visitMonth(tx, ctx, scope, month) };
  });
}

/** One dossier's planning for a month, with whether the caller may plan visits in it. */
export async function dossierVisitMonth(services: Services, ctx: RequestContext, dossierId: string, month: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const scope = await dossierScope(tx, subject, dossierId, now);
    const { dossier, subject: ds } = scope[0]!;
    const own = { tenantId: subject.tenantId, organisationId: subject.organisationId ?? '', kind: 'householdHelp' as const, residentialLocation: dossier.residentialLocation };
    visitPolicy.authorize(ds, 'read', own);
    const policies = visitPolicy.permitted(ds, own).filter((action) => action === 'create');
    return { month, policies, days: await visitMonth(tx, ctx, scope, month) };
  });
}

async function reportList(services: Services, tx: Tx, ctx: RequestContext, scope: Scope, page: number, pageSize: number) {
  const filters = scope.map(({ dossier, subject }) => ({ dossierId: dossier.dossierId, where: careReportPolicy.where(subject, 'read') }));
  const rows = await reportsPage(tx, filters, page, pageSize);
  const total = rows[0]?.total ?? (page > 1 ? await reportTotal(tx, filters) : 0);
  const byId = new Map(scope.map((item) => [item.dossier.dossierId, item]));
  const items = rows.map((row) => presentReport(byId.get(row.dossier_id)!.subject, services.cipher, row));
  await auditPerDossier(tx, ctx, scope, ({ dossier }) => {
    const mine = rows.filter((row) => row.dossier_id === dossier.dossierId);
    return mine.length > 0
      ? mine.map((row) => ({ action: 'read' as const, objectType: 'careReport', objectId: row.id, residentId: dossier.residentId }))
      : [{ action: 'read' as const, objectType: 'careReport', residentId: dossier.residentId, details: { dossierId: dossier.dossierId, page, listed: 0 } }];
  });
  return { items, total };
}

/** The ECD's reports across the resident's dossiers, newest first; the resident's side sees only those marked for them. */
export async function portalReports(services: Services, ctx: RequestContext, page: number, pageSize: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const scope = await portalScope(tx, subject, now);
    return { ...(await reportList(services, tx, ctx, scope, page, pageSize)), policies: [] };
  });
}

export async function dossierReports(services: Services, ctx: RequestContext, dossierId: string, page: number, pageSize: number) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const scope = await dossierScope(tx, subject, dossierId, now);
    const { subject: ds } = scope[0]!;
    const own = { tenantId: subject.tenantId, organisationId: subject.organisationId ?? '', visibleToResident: true };
    careReportPolicy.authorize(ds, 'read', own);
    const policies = careReportPolicy.permitted(ds, own).filter((action) => action === 'create');
    return { ...(await reportList(services, tx, ctx, scope, page, pageSize)), policies };
  });
}

async function carePlansOf(services: Services, tx: Tx, ctx: RequestContext, scope: Scope) {
  const readable = scope.filter(({ subject }) => planSectionPolicy.can(subject, 'read', { tenantId: subject.tenantId }));
  const rows = await planSectionsOf(
    tx,
    readable.map(({ dossier }) => dossier.dossierId),
  );
  await auditPerDossier(tx, ctx, readable, ({ dossier }) =>
    rows
      .filter((row) => row.dossier_id === dossier.dossierId)
      .map((row) => ({ action: 'read' as const, objectType: 'planSection', objectId: row.id, residentId: dossier.residentId, details: { via: 'carePlan' } })),
  );
  return readable.map(({ dossier }) => ({
    dossierId: dossier.dossierId,
    source: 'planSections' as const,
    sections: rows
      .filter((row) => row.dossier_id === dossier.dossierId)
      .map((row) => ({ kind: row.kind, text: services.cipher.decrypt(row.text_encrypted), updatedAt: new Date(row.updated_at).toISOString() })),
    dossier: { teamName: dossier.teamName, fileNumber: dossier.fileNumber },
  }));
}

/** The current care plan of one dossier: for now its three plan text sections (issue 6 adds plans from templates). */
export async function dossierCarePlan(services: Services, ctx: RequestContext, dossierId: string) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const scope = await dossierScope(tx, subject, dossierId, now);
    planSectionPolicy.authorize(scope[0]!.subject, 'read', { tenantId: subject.tenantId });
    const [plan] = await carePlansOf(services, tx, ctx, scope);
    return { dossierId: plan!.dossierId, source: plan!.source, sections: plan!.sections };
  });
}

/** The care plans of the open dossiers the resident (or relative) may read, for the portal's ECD. */
export async function portalCarePlans(services: Services, ctx: RequestContext) {
  const subject = subjectOf(ctx);
  const now = services.clock();
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    const scope = (await portalScope(tx, subject, now)).filter(({ dossier }) => !dossier.closed);
    return { items: await carePlansOf(services, tx, ctx, scope) };
  });
}

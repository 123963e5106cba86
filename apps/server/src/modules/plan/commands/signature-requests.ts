import { sql } from 'drizzle-orm';
import { planSignatureRequests } from '../../../db/schema/index.js';
import { queryRows } from '../../../platform/db/index.js';
import { forbidden, notFound, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import { accountAddresses, enqueueMail } from '../../../platform/mail/index.js';
import type { Services } from '../../../platform/services.js';
import { planPolicy } from '../policy.js';
import { fullName } from '../presenter.js';
import { loadRights, type ParticipantRow } from '../repository.js';
import { withinPlan, type PlanWork } from '../within-plan.js';

type Kind = 'approved' | 'seen';

/** Linked people who can sign in to the portal and read the plan: the only ones a signature can be asked of. */
const mayBeAsked = (p: ParticipantRow) => p.portalAccess && (p.dossierLevel === 'resident' || p.dossierLevel === 'view' || p.dossierLevel === 'write');

interface RequestRow {
  id: string;
  person_id: string;
  kind: Kind;
  created_at: string;
  requested_by: { firstName: string; infix: string | null; surname: string };
  /** Signed this kind after it was asked. */
  signed: boolean;
}

async function requestRows(w: PlanWork, personId: string | null) {
  return queryRows<RequestRow>(
    w.tx,
    sql`select r.id, r.person_id, r.kind, r.created_at,
               json_build_object('firstName', b.first_name, 'infix', b.infix, 'surname', b.surname) as requested_by,
               exists (select 1 from plan_signature s where s.plan_id = r.plan_id and s.person_id = r.person_id
                        and s.kind = r.kind and s.created_at >= r.created_at) as signed
          from plan_signature_request r join person b on b.id = r.requested_by_person_id
         where r.plan_id = ${w.plan.id}::uuid ${personId ? sql`and r.person_id = ${personId}::uuid` : sql``}
         order by r.created_at desc`,
  );
}

const presentRequest = (r: RequestRow, names: Map<string, string>) => ({
  id: r.id,
  personId: r.person_id,
  name: names.get(r.person_id) ?? '',
  kind: r.kind,
  requestedAt: new Date(r.created_at).toISOString(),
  requestedBy: fullName(r.requested_by),
  open: !r.signed,
});

/**
 * The signature requests of a plan. Professionals who may edit the plan see every request and whom they can ask;
 * a person on the portal side sees only the requests made of them.
 */
export async function listSignatureRequests(services: Services, ctx: RequestContext, planId: string) {
  return withinPlan(services, ctx, planId, async (w) => {
    const manages = planPolicy.can(w.subject, 'update', { tenantId: w.subject.tenantId });
    if (!manages) {
      const mine = await requestRows(w, w.subject.personId);
      return { candidates: [], items: mine.map((r) => presentRequest(r, new Map())) };
    }
    const { participants } = await loadRights(w.tx, planId, w.plan.dossierId);
    const names = new Map(participants.map((p) => [p.personId, fullName(p.name)]));
    const items = await requestRows(w, null);
    await w.audit([{ action: 'read', objectType: 'planSignatureRequest', objectId: planId, details: { count: items.length } }]);
    return {
      candidates: participants.filter(mayBeAsked).map((p) => ({ personId: p.personId, name: fullName(p.name), relation: p.relation })),
      items: items.map((r) => presentRequest(r, names)),
    };
  });
}

/**
 * Asks linked people to sign the plan as it is now. Each gets a notice e-mail with their first name and a link to
 * the plan — never its title or content, which a mail may not carry.
 */
export async function requestSignatures(services: Services, ctx: RequestContext, planId: string, input: { personIds: string[]; kind: Kind }) {
  return withinPlan(services, ctx, planId, async (w) => {
    planPolicy.authorize(w.subject, 'update', { tenantId: w.subject.tenantId });
    if (w.subject.dossier.closed) throw forbidden();
    const block = w.plan.blocks.find((b) => b.type === 'signatures');
    if (!block || block.type !== 'signatures') throw notFound();
    if (!block.kinds.includes(input.kind)) throw validation([{ field: 'kind', code: 'invalid' }]);
    const { participants } = await loadRights(w.tx, planId, w.plan.dossierId);
    const askable = new Set(participants.filter(mayBeAsked).map((p) => p.personId));
    const wrong = input.personIds.findIndex((id) => !askable.has(id));
    if (wrong >= 0) throw validation([{ field: `personIds.${wrong}`, code: 'invalid' }]);
    const addresses = (await accountAddresses(w.tx, input.personIds)).filter((a) => a.active);
    const withAccount = new Set(addresses.map((a) => a.person_id));
    const noAccount = input.personIds.findIndex((id) => !withAccount.has(id));
    if (noAccount >= 0) throw validation([{ field: `personIds.${noAccount}`, code: 'invalid' }]);
    const rows = await w.tx
      .insert(planSignatureRequests)
      .values(input.personIds.map((personId) => ({ tenantId: w.subject.tenantId, planId, personId, kind: input.kind, requestedByPersonId: w.subject.personId, createdAt: w.now })))
      .returning({ id: planSignatureRequests.id });
    for (const address of addresses) {
      await enqueueMail(w.tx, {
        tenantId: w.subject.tenantId,
        to: address.email,
        language: address.language,
        template: 'plan-signature-request',
        params: { firstName: address.first_name, link: `${services.config.publicUrl}/plannen/${planId}` },
        now: w.now,
      });
    }
    await w.audit(rows.map((row) => ({ action: 'create' as const, objectType: 'planSignatureRequest', objectId: row.id, details: { planId, kind: input.kind } })));
    return { ids: rows.map((r) => r.id) };
  });
}

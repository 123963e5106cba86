import { and, eq, sql } from 'drizzle-orm';
import { accountRoles, accounts, organisations } from '../../../db/schema/index.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { signInThroughBroker } from './broker-sign-in.js';

/**
 * Signs in the provider professional the eHerkenning broker vouched for: an active account with this e-mail holding
 * the providerProfessional role at the provider organisation whose `kvk_number` is this KvK number, in this tenant.
 * Anything else is logged without the identity and answers null, the same as an unknown BSN.
 */
export async function signInWithEherkenning(services: Services, ctx: RequestContext, tenantId: string, identity: { kvk: string; email: string }) {
  return signInThroughBroker(
    services,
    ctx,
    tenantId,
    'eherkenning',
    async (tx) => {
      if (!/^\d{8}$/.test(identity.kvk)) return null;
      const [row] = await tx
        .select({ id: accounts.id, personId: accounts.personId, role: accountRoles.role, organisationId: accountRoles.organisationId })
        .from(accounts)
        .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
        .innerJoin(organisations, eq(organisations.id, accountRoles.organisationId))
        .where(
          and(
            eq(accounts.status, 'active'),
            sql`lower(${accounts.email}) = lower(${identity.email})`,
            eq(accountRoles.role, 'providerProfessional'),
            eq(organisations.kind, 'provider'),
            eq(organisations.kvkNumber, identity.kvk),
          ),
        )
        .limit(1);
      return row ? { account: { id: row.id, personId: row.personId }, role: { role: row.role, organisationId: row.organisationId } } : null;
    },
    'no provider professional for this eHerkenning identity',
  );
}

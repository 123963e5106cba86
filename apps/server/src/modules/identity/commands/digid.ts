import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { findAccountByBsnHash, rolesOf } from '../repository.js';
import { signInThroughBroker } from './broker-sign-in.js';

/**
 * Signs in the person whose BSN the broker vouched for, in their first role. An unknown BSN is logged without the
 * number and answers null.
 */
export async function signInWithBsn(services: Services, ctx: RequestContext, tenantId: string, bsn: string) {
  return signInThroughBroker(
    services,
    ctx,
    tenantId,
    'digid',
    async (tx) => {
      const account = await findAccountByBsnHash(tx, services.cipher.lookupHash(bsn));
      const [role] = account ? await rolesOf(tx, account.id) : [];
      return account && role ? { account, role } : null;
    },
    'no account for this BSN',
  );
}

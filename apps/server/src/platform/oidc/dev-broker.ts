import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { demoEherkenningEmployees } from '../../demo/eherkenning.js';

export interface DevBroker {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider on loopback, standing in for the DigiD/eHerkenning broker in development, the demo
 * and tests. Its sign-in page takes any login as the subject. DigiD (scope `openid`): type a demo BSN; the ID token
 * carries it as `bsn`. eHerkenning (scope `openid eherkenning`): type a demo employee's e-mail, or `<kvk>/<e-mail>`
 * for any other; the ID token carries `kvk` (the organisation's KvK number) and `email`.
 * Never started in production (main.ts and config refuse it).
 */
export async function startDevBroker(redirectUris: string[], port = 0): Promise<DevBroker> {
  const clientId = 'samenplan';
  const clientSecret = randomBytes(24).toString('base64url');
  // The issuer must contain the port, so listen first on a plain server and mount the provider's callback on it.
  let handler: ((req: never, res: never) => void) | null = null;
  const http = createServer((req, res) => (handler ? handler(req as never, res as never) : res.end()));
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub', 'bsn'], eherkenning: ['kvk', 'email'] },
    // The relying party reads identities from the ID token only, so the eHerkenning scope's claims go in it too.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, bsn: sub, ...eherkenningClaims(sub) }) }),
    // A first-party broker: no consent screen, the grant is given at once.
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      const eherkenning = String(ctx.oidc.params?.scope ?? '').split(' ').includes('eherkenning');
      grant.addOIDCScope(eherkenning ? 'openid eherkenning' : 'openid');
      grant.addOIDCClaims(eherkenning ? ['kvk', 'email'] : ['bsn']);
      await grant.save();
      return grant;
    },
  });
  handler = provider.callback() as never;
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

/** The eHerkenning claims for a typed login: a demo employee's e-mail, or `<kvk>/<e-mail>`. */
function eherkenningClaims(login: string): { kvk: string; email: string } {
  const explicit = /^(\d{8})\/(.+)$/.exec(login);
  if (explicit) return { kvk: explicit[1]!, email: explicit[2]! };
  const employee = demoEherkenningEmployees().find((candidate) => candidate.email === login.toLowerCase());
  return { kvk: employee?.kvk ?? '00000000', email: login };
}

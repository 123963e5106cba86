import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import type { RequestContext } from '../../platform/http/context.js';
import type { BrokerFlow } from '../../platform/oidc/index.js';
import type { Services } from '../../platform/services.js';
import { settingsOf, type TenantSettings } from '../tenancy/index.js';
import { problemResponse } from '../platform/schema.js';
import type { PendingBrokerSignIn } from './commands/broker-sign-in.js';
import type { Stage } from './gates.js';
import { findTenantBySlug } from './repository.js';
import { setSessionCookie } from './session-cookie.js';

const PENDING_MS = 10 * 60 * 1000;

export interface BrokerSignInOptions {
  flow: BrokerFlow;
  /** The name in the API docs: DigiD, eHerkenning. */
  label: string;
  /** Where a signed-in person goes: the resident portal for DigiD, the workspace for provider staff. */
  home: string;
  /** The tenant setting that switches this sign-in on. */
  enabled: (settings: TenantSettings) => boolean;
  /** Signs in whom the verified ID token's claims point to; null when nobody (or the claims are incomplete). */
  signIn: (services: Services, ctx: RequestContext, tenantId: string, claims: Record<string, unknown>) => Promise<{ token: string; stage: Stage } | null>;
}

/**
 * A sign-in through the OpenID Connect broker: `start` redirects there (PKCE, state and nonce kept in an encrypted
 * cookie), the callback checks them, signs in and redirects to `home`, or to `/inloggen?fout=<flow>` when the exchange
 * failed and `/inloggen?fout=<flow>-onbekend` when the identity has no account here.
 */
export function brokerSignInRoutes(options: BrokerSignInOptions): FastifyPluginAsyncZod {
  const { flow, label } = options;
  const pendingCookie = `samenplan-${flow}`;
  return async (app) => {
    const { services } = app;
    const rp = services.relyingParty;
    if (!rp) return;
    const cookieOptions = { path: `/api/auth/${flow}`, httpOnly: true, sameSite: 'lax' as const, secure: services.config.publicUrl.startsWith('https://') };

    app.get(
      `/api/auth/${flow}/start`,
      {
        config: { withoutSession: true },
        schema: {
          tags: ['identity'],
          summary: `Sign in with ${label}: redirects to the broker (PKCE, state and nonce kept in an encrypted cookie)`,
          querystring: z.object({ organisation: z.string().min(1).max(100) }),
          response: { 302: z.null(), 400: problemResponse, 404: problemResponse },
        },
      },
      async (request, reply) => {
        const tenant = await findTenantBySlug(services.database.owner, request.query.organisation);
        const enabled = tenant && options.enabled(await inTenant(services.database.owner, tenant.id, (tx) => settingsOf(tx, tenant.id)));
        if (!tenant || !enabled) throw notFound();
        const started = await rp.start(flow);
        const pending: PendingBrokerSignIn = { tenantId: tenant.id, state: started.state, nonce: started.nonce, verifier: started.verifier, expiresAt: services.clock().getTime() + PENDING_MS };
        reply.setCookie(pendingCookie, services.cipher.encrypt(JSON.stringify(pending)), { ...cookieOptions, maxAge: PENDING_MS / 1000 });
        return reply.redirect(started.url, 302);
      },
    );

    app.get(
      `/api/auth/${flow}/callback`,
      { config: { withoutSession: true }, schema: { tags: ['identity'], summary: `Where the broker sends the browser back after ${label}`, response: { 302: z.null() } } },
      async (request, reply) => {
        reply.clearCookie(pendingCookie, cookieOptions);
        const failed = () => reply.redirect(`/inloggen?fout=${flow}`, 302);
        let pending: PendingBrokerSignIn;
        try {
          pending = JSON.parse(services.cipher.decrypt(request.cookies[pendingCookie] ?? '')) as PendingBrokerSignIn;
        } catch {
          return failed();
        }
        if (pending.expiresAt < services.clock().getTime()) return failed();
        let claims: Record<string, unknown>;
        try {
          claims = await rp.finish(new URL(request.url, services.config.publicUrl), pending);
        } catch {
          return failed();
        }
        // The switch is checked again: a tenant may have turned it off while the person was at the broker.
        const enabled = options.enabled(await inTenant(services.database.owner, pending.tenantId, (tx) => settingsOf(tx, pending.tenantId)));
        const result = enabled ? await options.signIn(services, request.ctx, pending.tenantId, claims) : null;
        if (!result) return reply.redirect(`/inloggen?fout=${flow}-onbekend`, 302);
        setSessionCookie(reply, services.config, pending.tenantId, result.token);
        return reply.redirect(result.stage === 'active' ? options.home : '/inloggen?stap=voorwaarden', 302);
      },
    );
  };
}

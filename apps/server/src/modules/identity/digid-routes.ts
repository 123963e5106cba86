import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors.js';
import { settingsOf } from '../tenancy/index.js';
import { problemResponse } from '../platform/schema.js';
import { signInWithBsn, type PendingDigid } from './commands/digid.js';
import { findTenantBySlug } from './repository.js';
import { setSessionCookie } from './session-cookie.js';

const PENDING_COOKIE = 'samenplan-digid';
const PENDING_MS = 10 * 60 * 1000;

/** DigiD through the OpenID Connect broker: start redirects there, the callback signs in and redirects home. */
export const digidRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const rp = services.relyingParty;
  if (!rp) return;
  const cookieOptions = { path: '/api/auth/digid', httpOnly: true, sameSite: 'lax' as const, secure: services.config.publicUrl.startsWith('https://') };

  app.get(
    '/api/auth/digid/start',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with DigiD: redirects to the broker (PKCE, state and nonce kept in an encrypted cookie)',
        querystring: z.object({ organisation: z.string().min(1).max(100) }),
        response: { 302: z.null(), 400: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      const tenant = await findTenantBySlug(services.database.owner, request.query.organisation);
      const enabled = tenant && (await inTenant(services.database.owner, tenant.id, (tx) => settingsOf(tx, tenant.id))).digidEnabled;
      if (!tenant || !enabled) throw notFound();
      const started = await rp.start();
      const pending: PendingDigid = { tenantId: tenant.id, state: started.state, nonce: started.nonce, verifier: started.verifier, expiresAt: services.clock().getTime() + PENDING_MS };
      reply.setCookie(PENDING_COOKIE, services.cipher.encrypt(JSON.stringify(pending)), { ...cookieOptions, maxAge: PENDING_MS / 1000 });
      return reply.redirect(started.url, 302);
    },
  );

  app.get(
    '/api/auth/digid/callback',
    { config: { withoutSession: true }, schema: { tags: ['identity'], summary: 'Where the broker sends the browser back', response: { 302: z.null() } } },
    async (request, reply) => {
      reply.clearCookie(PENDING_COOKIE, cookieOptions);
      const failed = () => reply.redirect('/inloggen?fout=digid', 302);
      let pending: PendingDigid;
      try {
        pending = JSON.parse(services.cipher.decrypt(request.cookies[PENDING_COOKIE] ?? '')) as PendingDigid;
      } catch {
        return failed();
      }
      if (pending.expiresAt < services.clock().getTime()) return failed();
      let bsn: string | null;
      try {
        bsn = await rp.finish(new URL(request.url, services.config.publicUrl), pending);
      } catch {
        return failed();
      }
      const result = bsn ? await signInWithBsn(services, request.ctx, pending.tenantId, bsn) : null;
      if (!result) return reply.redirect('/inloggen?fout=digid-onbekend', 302);
      setSessionCookie(reply, services.config, pending.tenantId, result.token);
      return reply.redirect(result.stage === 'active' ? '/' : '/inloggen?stap=voorwaarden', 302);
    },
  );
};

import type { FastifyInstance } from 'fastify';
import { runInRequestScope } from '../db/index.js';
import { unauthorized } from '../errors.js';
import { languageFrom, type Language } from '../i18n.js';
import type { Subject } from '../policy/index.js';

/** The signed-in person as the policy layer sees them, minus the tenant (kept on the context itself). */
export type Actor = Omit<Subject, 'tenantId'>;

/** What every layer may know about the request it serves. Filled in step by step: sign-in adds the actor. */
export interface RequestContext {
  requestId: string;
  tenantId: string | null;
  actor: Actor | null;
  /**
   * What the session still has to pass (e-mail code, new password, terms, and for professionals of a tenant that
   * demands it an app or passkey to enrol); only `active` may use the product.
   */
  sessionStage: 'email-code' | 'change-password' | 'accept-terms' | 'second-factor' | 'active' | null;
  /** The session the request came with (a signature records how that session signed in). */
  sessionId: string | null;
  onBehalfOfPersonId: string | null;
  clientIp: string;
  userAgent: string | null;
  language: Language;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

export function registerRequestContext(app: FastifyInstance) {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  // The scope that lets a read request keep its session lookup's transaction for the route (request-transaction.ts).
  app.addHook('onRequest', (_request, _reply, done) => runInRequestScope(done));
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      requestId: request.id,
      tenantId: null,
      actor: null,
      sessionStage: null,
      sessionId: null,
      onBehalfOfPersonId: null,
      clientIp: request.ip,
      userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      language: languageFrom(request.headers['accept-language']),
    };
  });
}

/** The context of work the system does by itself (start-up seeding, scheduled jobs): no person, no client. */
export function systemContext(tenantId: string, requestId: string): RequestContext {
  return { requestId, tenantId, actor: null, sessionStage: null, sessionId: null, onBehalfOfPersonId: null, clientIp: 'system', userAgent: null, language: 'nl' };
}

/**
 * The signed-in subject for the policy layer; 401 when nobody is signed in or the sign-in is not complete (code,
 * new password or terms still to come): the gates hold for every API call, not only in the UI.
 */
export function subjectOf(ctx: RequestContext): Subject {
  if (!ctx.actor || !ctx.tenantId || ctx.sessionStage !== 'active') throw unauthorized();
  return { tenantId: ctx.tenantId, ...ctx.actor };
}

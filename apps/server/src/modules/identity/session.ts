import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { sessions } from '../../db/schema/index.js';
import type { Role } from '../../platform/policy/index.js';
import { forbidden } from '../../platform/errors.js';
import { inTenant, inTenantHeldForRequest, releaseHeld, type Tx } from '../../platform/db/index.js';
import { readSessionCookie } from './session-cookie.js';
import { findLiveSession } from './repository.js';
import { tokenHash } from './tokens.js';

export interface ActiveSession {
  id: string;
  accountId: string;
  /** `second-factor` is never stored: an active session of a professional whom the tenant rule holds without app or passkey. */
  stage: 'email-code' | 'change-password' | 'accept-terms' | 'second-factor' | 'active';
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
  }
  interface FastifyContextConfig {
    /** Sign-in entry points ignore a session cookie: an old half-finished sign-in must not get in the way. */
    withoutSession?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const READ_METHODS = new Set(['GET', 'HEAD']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resolves the session cookie into the request context (tenant and actor), slides the idle timeout, and demands the
 * session's CSRF token on every state-changing request made with a session.
 */
export function registerSessions(app: FastifyInstance) {
  const { config, database, clock } = app.services;
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api') || request.routeOptions.config?.withoutSession) return;
    const cookie = readSessionCookie(request, config);
    if (!cookie) return;
    const now = clock();
    const lookup = async (tx: Tx) => {
      const found = await findLiveSession(tx, tokenHash(cookie.token), now);
      if (!found) return null;
      const teams = typeof found.teams === 'string' ? (JSON.parse(found.teams) as typeof found.teams) : found.teams;
      // A terms version published after sign-in sends an active session back through the terms gate.
      if (found.session.stage === 'active' && found.termsPending) {
        found.session = { ...found.session, stage: 'accept-terms' };
      }
      // A professional whom the tenant rule holds enrols an app or passkey before anything else (also mid-session).
      const stage = found.session.stage === 'active' && found.strongFactorMissing ? ('second-factor' as const) : found.session.stage;
      const idleExpiresAt = new Date(Math.min(now.getTime() + found.session.idleMinutes * 60_000, found.session.absoluteExpiresAt.getTime()));
      // Write the sliding expiry at most once a minute, not on every request.
      if (idleExpiresAt.getTime() - found.session.idleExpiresAt.getTime() > 60_000) {
        await tx.update(sessions).set({ idleExpiresAt, lastSeenAt: now }).where(eq(sessions.id, found.session.id));
        return { ...found, stage, teams, slid: true, session: { ...found.session, idleExpiresAt } };
      }
      return { ...found, stage, teams, slid: false };
    };
    // A read request keeps this transaction for its route (one BEGIN … COMMIT per request, ADR 0007), unless it slid
    // the expiry: that write commits now, whatever the route then does.
    const live = READ_METHODS.has(request.method)
      ? await inTenantHeldForRequest(database, cookie.tenantId, lookup, (found) => found !== null && !found.slid)
      : await inTenant(database.owner, cookie.tenantId, lookup);
    if (!live) return;
    request.session = {
      id: live.session.id,
      accountId: live.session.accountId,
      stage: live.stage,
      csrfToken: live.session.csrfToken,
      idleExpiresAt: live.session.idleExpiresAt,
      absoluteExpiresAt: live.session.absoluteExpiresAt,
    };
    request.ctx.tenantId = live.session.tenantId;
    request.ctx.sessionStage = live.stage;
    request.ctx.sessionId = live.session.id;
    request.ctx.actor = {
      accountId: live.account.id,
      personId: live.account.personId,
      role: live.session.role as Role,
      organisationId: live.session.organisationId,
      teamIds: live.teams.map((t) => t.teamId),
      superuserOfTeamIds: live.teams.filter((t) => t.isSuperuser).map((t) => t.teamId),
    };
    if (UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, live.session.csrfToken)) throw forbidden();
    }
  });
  // Every API answer with a session tells the client when it goes idle, for the warning a minute before.
  app.addHook('onSend', async (request, reply) => {
    // A route that opened no transaction of its own commits the one its session lookup held.
    await releaseHeld();
    if (request.session) reply.header('x-session-idle-expires', request.session.idleExpiresAt.toISOString());
  });
}

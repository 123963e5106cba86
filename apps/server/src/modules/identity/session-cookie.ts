import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

/** Expiry of a new session under the tenant's timeouts (ARCHITECTURE rule 9 defaults: 15 minutes idle, 12 hours). */
export function sessionTimes(settings: { idleTimeoutMinutes: number; absoluteTimeoutHours: number }, now: Date) {
  return {
    idleMinutes: settings.idleTimeoutMinutes,
    idleExpiresAt: new Date(now.getTime() + settings.idleTimeoutMinutes * 60_000),
    absoluteExpiresAt: new Date(now.getTime() + settings.absoluteTimeoutHours * 3_600_000),
  };
}

/** `__Host-` needs Secure, which a browser only keeps over https; plain-http development uses a plain name. */
export function sessionCookieName(config: Config): string {
  return config.publicUrl.startsWith('https://') ? '__Host-samenplan' : 'samenplan';
}

export function setSessionCookie(reply: FastifyReply, config: Config, tenantId: string, token: string) {
  reply.setCookie(sessionCookieName(config), `${tenantId}.${token}`, {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.startsWith('https://'),
    sameSite: 'lax',
    maxAge: 24 * 60 * 60,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(sessionCookieName(config), { path: '/', secure: config.publicUrl.startsWith('https://'), httpOnly: true, sameSite: 'lax' });
}

/** The cookie is `<tenant id>.<token>`: the tenant tells which tenant's rows to look the token up in. */
export function readSessionCookie(request: FastifyRequest, config: Config): { tenantId: string; token: string } | null {
  const value = request.cookies[sessionCookieName(config)];
  const match = value?.match(/^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/);
  return match ? { tenantId: match[1]!, token: match[2]! } : null;
}

import type { ActiveSession } from './session.js';

interface MeSource {
  person: { id: string; firstName: string; infix: string | null; surname: string };
  tenant: { slug: string; name: string };
  roles: string[];
  activeRole: string;
  totp: boolean;
  passkeys: boolean;
  session: ActiveSession;
  /** `removeTotp` when an app is linked and may be unlinked (not the last app or passkey the tenant rule demands). */
  policies: 'removeTotp'[];
}

/** An allow-list: only these fields of the person and session leave the server. */
export function presentMe({ person, tenant, roles, activeRole, totp, passkeys, session, policies }: MeSource) {
  return {
    person: { id: person.id, firstName: person.firstName, infix: person.infix, surname: person.surname },
    tenant: { slug: tenant.slug, name: tenant.name },
    roles: [...new Set(roles)],
    activeRole,
    csrfToken: session.csrfToken,
    totp,
    passkeys,
    session: { idleExpiresAt: session.idleExpiresAt.toISOString(), absoluteExpiresAt: session.absoluteExpiresAt.toISOString() },
    policies,
  };
}

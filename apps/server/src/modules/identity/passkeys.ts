import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { decodeClientDataJSON } from '@simplewebauthn/server/helpers';
import { passkeyChallenges, passkeyCredentials } from '../../db/schema/index.js';
import type { Config } from '../../config.js';
import { queryRows, type Tx } from '../../platform/db/index.js';

export const CHALLENGE_VALID_MS = 5 * 60 * 1000;

/**
 * Who the browser must think it talks to: the relying party id is the host of PUBLIC_URL, and only that origin is
 * accepted. Browsers refuse an IP address as relying party id, so a development or test server published on
 * 127.0.0.1 is a passkey party for http://localhost on the same port (open the app there to use passkeys).
 */
export function relyingPartyOf(config: Pick<Config, 'publicUrl' | 'env'>) {
  const url = new URL(config.publicUrl);
  const isIp = /^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) || url.hostname.startsWith('[');
  if (isIp && config.env !== 'production') url.hostname = 'localhost';
  return { rpName: 'Samenplan', rpID: url.hostname, origin: url.origin };
}

/** Stores a new challenge for this purpose (and account, when known); single use, valid 5 minutes. */
export async function storeChallenge(
  tx: Tx,
  input: { tenantId: string; accountId: string | null; purpose: 'register' | 'authenticate'; challenge: string; now: Date },
) {
  await tx.insert(passkeyChallenges).values({
    tenantId: input.tenantId,
    accountId: input.accountId,
    purpose: input.purpose,
    challenge: input.challenge,
    expiresAt: new Date(input.now.getTime() + CHALLENGE_VALID_MS),
    createdAt: input.now,
  });
}

/** The challenge the browser signed, read from the response's client data; null when it cannot be read. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const challenge = decodeClientDataJSON(clientDataJSON).challenge;
    return typeof challenge === 'string' && challenge.length > 0 && challenge.length <= 200 ? challenge : null;
  } catch {
    return null;
  }
}

/**
 * Uses up the challenge the response answers: it must be ours, for this purpose and account (null = passwordless),
 * unused and not expired. It is marked used whatever happens next, so a response can never be replayed.
 */
export async function takeChallenge(
  tx: Tx,
  input: { challenge: string | null; purpose: 'register' | 'authenticate'; accountId: string | null; now: Date },
): Promise<string | null> {
  if (!input.challenge) return null;
  const [row] = await tx
    .update(passkeyChallenges)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(passkeyChallenges.challenge, input.challenge),
        eq(passkeyChallenges.purpose, input.purpose),
        input.accountId === null ? isNull(passkeyChallenges.accountId) : eq(passkeyChallenges.accountId, input.accountId),
        isNull(passkeyChallenges.usedAt),
        gt(passkeyChallenges.expiresAt, input.now),
      ),
    )
    .returning({ challenge: passkeyChallenges.challenge });
  return row?.challenge ?? null;
}

export async function passkeysOf(tx: Tx, accountId: string) {
  return tx.select().from(passkeyCredentials).where(eq(passkeyCredentials.accountId, accountId)).orderBy(passkeyCredentials.createdAt);
}

export interface SecondFactors {
  /** The tenant has passkeys switched on. */
  passkeysEnabled: boolean;
  totp: boolean;
  /** Has a passkey that may be used now (passkeys switched on). */
  passkey: boolean;
  /** How many passkeys may be used now (0 when passkeys are switched off). */
  passkeyCount: number;
  /** The tenant demands an app or passkey of professionals, and this account holds a professional role. */
  strongRequired: boolean;
}

/** What the account can use as second step, and whether the tenant rule "professionals need an app or a passkey" holds it. */
export async function secondFactorsOf(tx: Tx, tenantId: string, accountId: string): Promise<SecondFactors> {
  const [row] = await queryRows<{ passkeys_enabled: boolean | null; required: boolean | null; professional: boolean; totp: boolean; passkeys: number }>(
    tx,
    sql`select
      (select ts.passkeys_enabled from tenant_settings ts where ts.tenant_id = ${tenantId}::uuid) as passkeys_enabled,
      (select ts.require_strong_second_factor_for_professionals from tenant_settings ts where ts.tenant_id = ${tenantId}::uuid) as required,
      exists (select 1 from account_role ar where ar.account_id = ${accountId}::uuid and ar.role not in ('resident', 'relative')) as professional,
      exists (select 1 from totp_credential tc where tc.account_id = ${accountId}::uuid and tc.confirmed_at is not null) as totp,
      (select count(*) from passkey_credential pc where pc.account_id = ${accountId}::uuid)::int as passkeys`,
  );
  const passkeysEnabled = row!.passkeys_enabled ?? true;
  return {
    passkeysEnabled,
    totp: row!.totp,
    passkey: passkeysEnabled && Number(row!.passkeys) > 0,
    passkeyCount: passkeysEnabled ? Number(row!.passkeys) : 0,
    strongRequired: Boolean(row!.required) && row!.professional,
  };
}

/** The gate: the tenant rule holds this account and it has neither an app nor a usable passkey. */
export function mustEnrolStrongFactor(factors: SecondFactors): boolean {
  return factors.strongRequired && !factors.totp && !factors.passkey;
}

/**
 * Whether one app or passkey this account holds may go: always, unless the tenant rule holds the account and it is
 * the last of them (the next sign-in would otherwise fall back to the e-mailed code and the enrol gate).
 */
export function mayRemoveStrongFactor(factors: SecondFactors): boolean {
  return !factors.strongRequired || (factors.totp ? 1 : 0) + factors.passkeyCount >= 2;
}

/** The second-step methods offered after the password, the strongest first; the e-mailed code not when the tenant rule demands app or passkey. */
export function secondStepMethods(factors: SecondFactors): ('totp' | 'passkey' | 'email-code')[] {
  const methods: ('totp' | 'passkey' | 'email-code')[] = [];
  if (factors.totp) methods.push('totp');
  if (factors.passkey) methods.push('passkey');
  if (!(factors.strongRequired && methods.length > 0)) methods.push('email-code');
  return methods;
}

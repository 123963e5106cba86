import { and, eq } from 'drizzle-orm';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL, isoUint8Array } from '@simplewebauthn/server/helpers';
import { accounts, passkeyCredentials } from '../../../db/schema/index.js';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant, type Tx } from '../../../platform/db/index.js';
import { lastStrongFactor, notFound, tooManyRequests, validation } from '../../../platform/errors.js';
import type { RequestContext } from '../../../platform/http/context.js';
import type { Services } from '../../../platform/services.js';
import { settingsOf } from '../../tenancy/index.js';
import { answerStep, enrollingSubject, nextStepOf, stageAfterSecondFactor } from '../gates.js';
import { openSession, renewSession } from '../open-session.js';
import { challengeOf, mayRemoveStrongFactor, passkeysOf, relyingPartyOf, secondFactorsOf, storeChallenge, takeChallenge } from '../passkeys.js';
import { passkeyPolicy } from '../policy.js';
import { findPerson, findTenantBySlug, rolesOf } from '../repository.js';
import type { ActiveSession } from '../session.js';
import { clearFailures, recordFailure, secondsLocked } from '../throttle.js';

const TRANSPORTS = new Set<string>(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const transportsOf = (values: readonly string[] | undefined) => (values ?? []).filter((t) => TRANSPORTS.has(t)) as AuthenticatorTransportFuture[];

type PasskeyRow = typeof passkeyCredentials.$inferSelect;

export function presentPasskey(row: PasskeyRow, policies: string[]) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    policies,
  };
}

async function requirePasskeys(tx: Tx, tenantId: string) {
  if (!(await settingsOf(tx, tenantId)).passkeysEnabled) throw notFound();
}

/** Whether each passkey of the account is the last app or passkey the tenant rule demands (the same for all of them). */
async function lastStrongFactorOf(tx: Tx, tenantId: string, accountId: string): Promise<boolean> {
  return !mayRemoveStrongFactor(await secondFactorsOf(tx, tenantId, accountId));
}

/** Registration options for the signed-in account (also at the app-or-passkey gate); the challenge is kept 5 minutes. */
export async function startPasskeyEnrolment(services: Services, ctx: RequestContext) {
  const subject = enrollingSubject(ctx);
  const rp = relyingPartyOf(services.config);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await requirePasskeys(tx, subject.tenantId);
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, subject.accountId));
    const person = await findPerson(tx, account!.personId);
    const existing = await passkeysOf(tx, subject.accountId);
    const options = await generateRegistrationOptions({
      rpName: rp.rpName,
      rpID: rp.rpID,
      userName: account!.email,
      userID: isoUint8Array.fromUTF8String(subject.accountId),
      userDisplayName: person?.firstName ?? account!.email,
      attestationType: 'none',
      excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: transportsOf(c.transports) })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      timeout: 5 * 60 * 1000,
    });
    await storeChallenge(tx, { tenantId: subject.tenantId, accountId: subject.accountId, purpose: 'register', challenge: options.challenge, now: services.clock() });
    return { options: asJson(options) };
  });
}

/**
 * Checks the authenticator's answer against the challenge (single use), origin and relying party, and stores the
 * passkey under the name given. A used, expired or foreign challenge, a wrong origin or a passkey already known is
 * refused on the field `response`; the challenge is spent either way.
 */
export async function registerPasskey(services: Services, ctx: RequestContext, input: { name: string; response: RegistrationResponseJSON }) {
  const subject = enrollingSubject(ctx);
  const rp = relyingPartyOf(services.config);
  const now = services.clock();
  const outcome = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await requirePasskeys(tx, subject.tenantId);
    const challenge = await takeChallenge(tx, { challenge: challengeOf(input.response.response.clientDataJSON), purpose: 'register', accountId: subject.accountId, now });
    if (!challenge) return { ok: false as const, code: 'expired' as const };
    let credential;
    try {
      const verified = await verifyRegistrationResponse({ response: input.response, expectedChallenge: challenge, expectedOrigin: rp.origin, expectedRPID: rp.rpID, requireUserVerification: false });
      credential = verified.verified ? verified.registrationInfo?.credential : undefined;
    } catch {
      credential = undefined;
    }
    if (!credential) return { ok: false as const, code: 'invalid' as const };
    const [known] = await tx.select({ id: passkeyCredentials.id }).from(passkeyCredentials).where(eq(passkeyCredentials.credentialId, credential.id));
    if (known) return { ok: false as const, code: 'taken' as const };
    const [row] = await tx
      .insert(passkeyCredentials)
      .values({
        tenantId: subject.tenantId,
        accountId: subject.accountId,
        credentialId: credential.id,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        signCount: credential.counter,
        transports: transportsOf(credential.transports ?? input.response.response.transports),
        name: input.name,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, ctx, [{ action: 'create', objectType: 'passkeyCredential', objectId: row!.id }]);
    const lastStrongFactor = await lastStrongFactorOf(tx, subject.tenantId, subject.accountId);
    return { ok: true as const, passkey: presentPasskey(row!, passkeyPolicy.permitted(subject, { ...row!, lastStrongFactor })) };
  });
  if (!outcome.ok) throw validation([{ field: 'response', code: outcome.code }]);
  return outcome.passkey;
}

export async function listPasskeys(services: Services, ctx: RequestContext) {
  const subject = enrollingSubject(ctx);
  return inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await requirePasskeys(tx, subject.tenantId);
    const rows = await passkeysOf(tx, subject.accountId);
    const lastStrongFactor = await lastStrongFactorOf(tx, subject.tenantId, subject.accountId);
    return rows.map((row) => presentPasskey(row, passkeyPolicy.permitted(subject, { ...row, lastStrongFactor })));
  });
}

/**
 * Removes one of one's own passkeys (a passkey of someone else is not found). Refused (409) when the tenant demands an
 * app or passkey of this professional and this is the last of them.
 */
export async function removePasskey(services: Services, ctx: RequestContext, id: string) {
  const subject = enrollingSubject(ctx);
  await inTenant(services.database.owner, subject.tenantId, async (tx) => {
    await requirePasskeys(tx, subject.tenantId);
    const [row] = await tx.select().from(passkeyCredentials).where(and(eq(passkeyCredentials.id, id), eq(passkeyCredentials.accountId, subject.accountId)));
    if (!row) throw notFound();
    if (await lastStrongFactorOf(tx, subject.tenantId, subject.accountId)) throw lastStrongFactor();
    passkeyPolicy.authorize(subject, 'remove', row);
    await tx.delete(passkeyCredentials).where(eq(passkeyCredentials.id, row.id));
    await recordAudit(tx, ctx, [{ action: 'delete', objectType: 'passkeyCredential', objectId: row.id }]);
  });
}

/**
 * Verifies an assertion against a stored passkey: the challenge was taken already; the signature, origin, relying
 * party, user verification when demanded, and a signature counter that went up (a copied authenticator repeats an
 * old count). Returns the new count, or null when refused.
 */
async function verifyAssertion(services: Services, credential: PasskeyRow, response: AuthenticationResponseJSON, challenge: string, requireUserVerification: boolean) {
  const rp = relyingPartyOf(services.config);
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification,
      credential: { id: credential.credentialId, publicKey: isoBase64URL.toBuffer(credential.publicKey), counter: credential.signCount, transports: transportsOf(credential.transports) },
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}

/** The passkey as second step after the password: options that name the account's passkeys. */
export async function passkeyStepOptions(services: Services, ctx: RequestContext, session: ActiveSession) {
  const rp = relyingPartyOf(services.config);
  return inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    await requirePasskeys(tx, ctx.tenantId!);
    const credentials = await passkeysOf(tx, session.accountId);
    if (credentials.length === 0) throw notFound();
    const options = await generateAuthenticationOptions({
      rpID: rp.rpID,
      allowCredentials: credentials.map((c) => ({ id: c.credentialId, transports: transportsOf(c.transports) })),
      userVerification: 'preferred',
      timeout: 5 * 60 * 1000,
    });
    await storeChallenge(tx, { tenantId: ctx.tenantId!, accountId: session.accountId, purpose: 'authenticate', challenge: options.challenge, now: services.clock() });
    return { options: asJson(options) };
  });
}

/** The passkey as second step. A failure counts like a wrong code: five lock the step for this session. */
export async function verifyPasskeyStep(services: Services, ctx: RequestContext, session: ActiveSession, response: AuthenticationResponseJSON) {
  const now = services.clock();
  const key = [`factor:${session.id}`];
  const verdict = await inTenant(services.database.owner, ctx.tenantId, async (tx) => {
    await requirePasskeys(tx, ctx.tenantId!);
    if ((await secondsLocked(tx, ctx.tenantId!, key, now)) > 0) return { ok: false as const, code: 'tooManyAttempts' as const };
    const challenge = await takeChallenge(tx, { challenge: challengeOf(response.response.clientDataJSON), purpose: 'authenticate', accountId: session.accountId, now });
    const [credential] = await tx
      .select()
      .from(passkeyCredentials)
      .where(and(eq(passkeyCredentials.credentialId, response.id), eq(passkeyCredentials.accountId, session.accountId)));
    const counter = challenge && credential ? await verifyAssertion(services, credential, response, challenge, false) : null;
    if (counter === null || !credential) {
      await recordFailure(tx, ctx.tenantId!, key, now);
      await recordAudit(tx, ctx, [{ action: 'login-failed', objectType: 'session', objectId: session.id, outcome: 'denied', reason: 'passkey refused' }]);
      return { ok: false as const, code: 'invalid' as const };
    }
    await tx.update(passkeyCredentials).set({ signCount: counter, lastUsedAt: now }).where(eq(passkeyCredentials.id, credential.id));
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, session.accountId));
    const stage = await stageAfterSecondFactor(tx, account!, ctx.language);
    const { token, csrfToken } = await renewSession(tx, session.id, { stage, signInMethod: 'password+passkey' });
    await recordAudit(tx, ctx, [{ action: 'login', objectType: 'account', objectId: session.accountId, details: { step: 'passkey', passkey: credential.id } }]);
    return { ok: true as const, token, csrfToken, next: await answerStep(tx, ctx.tenantId!, session.accountId, nextStepOf(stage)) };
  });
  if (!verdict.ok) throw validation([{ field: 'response', code: verdict.code }]);
  return verdict;
}

/** Sign-in without password, step 1: options without named passkeys (the authenticator offers what it holds for us). */
export async function passwordlessOptions(services: Services, ctx: RequestContext, organisation: string) {
  const tenant = await findTenantBySlug(services.database.owner, organisation);
  if (!tenant) throw notFound();
  const rp = relyingPartyOf(services.config);
  return inTenant(services.database.owner, tenant.id, async (tx) => {
    await requirePasskeys(tx, tenant.id);
    const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required', timeout: 5 * 60 * 1000 });
    await storeChallenge(tx, { tenantId: tenant.id, accountId: null, purpose: 'authenticate', challenge: options.challenge, now: services.clock() });
    return { options: asJson(options) };
  });
}

type PasswordlessOutcome =
  | { kind: 'ok'; token: string; csrfToken: string; next: Awaited<ReturnType<typeof answerStep>> }
  | { kind: 'denied' }
  | { kind: 'locked'; seconds: number };

/**
 * Sign-in without password, step 2: the passkey found identifies the account; it must have verified the user (PIN,
 * fingerprint), so it counts as both steps. An unknown passkey, one of another organisation, a replayed challenge, a
 * wrong origin or a counter that did not go up all get the same answer, and count as a failed sign-in for the client
 * address and (when the passkey is known) the account. The gates (new password, terms) follow as after any sign-in.
 */
export async function passwordlessSignIn(services: Services, ctx: RequestContext, input: { organisation: string; response: AuthenticationResponseJSON }) {
  const tenant = await findTenantBySlug(services.database.owner, input.organisation);
  if (!tenant) throw notFound();
  const now = services.clock();
  const loggedCtx = { ...ctx, tenantId: tenant.id };
  const ipKey = `ip:${ctx.clientIp}`;
  const outcome: PasswordlessOutcome = await inTenant(services.database.owner, tenant.id, async (tx) => {
    const settings = await settingsOf(tx, tenant.id);
    if (!settings.passkeysEnabled) throw notFound();
    const challenge = await takeChallenge(tx, { challenge: challengeOf(input.response.response.clientDataJSON), purpose: 'authenticate', accountId: null, now });
    const [credential] = await tx.select().from(passkeyCredentials).where(eq(passkeyCredentials.credentialId, input.response.id));
    const [account] = credential ? await tx.select().from(accounts).where(eq(accounts.id, credential.accountId)) : [];
    const keys = account ? [`email:${account.email.trim().toLowerCase()}`, ipKey] : [ipKey];
    const locked = await secondsLocked(tx, tenant.id, keys, now);
    if (locked > 0) {
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', objectId: account?.id ?? null, outcome: 'denied', reason: 'throttled' }]);
      return { kind: 'locked', seconds: locked };
    }
    const userHandle = input.response.response.userHandle;
    const handleOk = !userHandle || (account !== undefined && safeUtf8(userHandle) === account.id);
    const counter = challenge && credential && account?.status === 'active' && handleOk ? await verifyAssertion(services, credential, input.response, challenge, true) : null;
    const [role] = counter !== null && account ? await rolesOf(tx, account.id) : [];
    if (counter === null || !account || !credential || !role) {
      await recordFailure(tx, tenant.id, keys, now, settings.lockoutThreshold);
      await recordAudit(tx, loggedCtx, [{ action: 'login-failed', objectType: 'account', objectId: account?.id ?? null, outcome: 'denied', reason: 'passkey refused' }]);
      return { kind: 'denied' };
    }
    await clearFailures(tx, tenant.id, keys);
    await tx.update(passkeyCredentials).set({ signCount: counter, lastUsedAt: now }).where(eq(passkeyCredentials.id, credential.id));
    const stage = await stageAfterSecondFactor(tx, account, ctx.language);
    const { id: sessionId, token, csrfToken } = await openSession(tx, { tenantId: tenant.id, accountId: account.id, role, stage, userAgent: ctx.userAgent, now, signInMethod: 'passkey' });
    await recordAudit(tx, loggedCtx, [{ action: 'login', objectType: 'account', objectId: account.id, details: { step: 'passkey', passwordless: true, passkey: credential.id, session: sessionId } }]);
    return { kind: 'ok', token, csrfToken, next: await answerStep(tx, tenant.id, account.id, nextStepOf(stage)) };
  });
  if (outcome.kind === 'locked') throw tooManyRequests(outcome.seconds);
  if (outcome.kind === 'denied') throw validation([{ field: 'response', code: 'invalid' }]);
  return { tenantId: tenant.id, token: outcome.token, csrfToken: outcome.csrfToken, next: outcome.next };
}

/** The options as the JSON they are sent as (the route's schema lets the library's fields through unchanged). */
function asJson<T extends { challenge: string }>(options: T) {
  return options as unknown as { challenge: string } & Record<string, unknown>;
}

function safeUtf8(base64url: string): string | null {
  try {
    return isoUint8Array.toUTF8String(isoBase64URL.toBuffer(base64url));
  } catch {
    return null;
  }
}

import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from './columns.js';
import { accounts } from './tenancy.js';

/** What a session still has to pass before it may use the product; `active` when nothing is left. */
export const passkeyChallengePurpose = pgEnum('passkey_challenge_purpose', ['register', 'authenticate']);

export const sessionStage = pgEnum('session_stage', ['email-code', 'change-password', 'accept-terms', 'active']);

/** A signed-in browser. Only the SHA-256 of the token is stored; the token itself lives in the cookie. */
export const sessions = pgTable(
  'session',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    role: text('role').notNull(),
    stage: sessionStage('stage').notNull().default('email-code'),
    /** The tenant's idle timeout when the session began; the sliding expiry uses it. */
    idleMinutes: integer('idle_minutes').notNull().default(15),
    organisationId: uuid('organisation_id'),
    /** How the person proved who they are (password + e-mail code, app, passkey, DigiD); a signature records it. */
    signInMethod: text('sign_in_method').notNull().default('password'),
    userAgent: text('user_agent'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    uniqueIndex('session_token_hash').on(t.tokenHash),
    index('session_account').on(t.tenantId, t.accountId),
  ],
);

/** A one-time code e-mailed after the password: 6 digits, 5 minutes, 5 tries, stored hashed. */
export const signInCodes = pgTable(
  'sign_in_code',
  {
    ...tenantColumns,
    sessionId: uuid('session_id').notNull(),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [index('sign_in_code_session').on(t.tenantId, t.sessionId)],
);

/** Failed sign-ins per e-mail address and per client address, for delays and temporary locks. */
export const signInThrottles = pgTable(
  'sign_in_throttle',
  {
    tenantId: uuid('tenant_id').notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

/** Versions of a tenant's terms of use. The newest published one must be accepted before using the portal. */
export const termsVersions = pgTable(
  'terms_version',
  {
    ...tenantColumns,
    version: integer('version').notNull(),
    bodyNl: text('body_nl').notNull(),
    bodyEn: text('body_en').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('terms_version_tenant_version').on(t.tenantId, t.version)],
);

export const termsAcceptances = pgTable(
  'terms_acceptance',
  {
    tenantId: uuid('tenant_id').notNull(),
    accountId: uuid('account_id').notNull(),
    version: integer('version').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.accountId, t.version] }),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
  ],
);

/** A forgotten-password link: valid 4 hours, once; only the token's SHA-256 is stored. */
export const passwordResets = pgTable(
  'password_reset',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('password_reset_token_hash').on(t.tokenHash),
    index('password_reset_account').on(t.tenantId, t.accountId),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
  ],
);

/** An authenticator app (TOTP) of an account. The secret is encrypted; `lastTimeStep` refuses a code used before. */
export const totpCredentials = pgTable(
  'totp_credential',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    secretEncrypted: text('secret_encrypted').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    lastTimeStep: integer('last_time_step'),
  },
  (t) => [
    uniqueIndex('totp_credential_account').on(t.tenantId, t.accountId),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
  ],
);

/** Single-use recovery codes, shown once at enrolment, stored hashed. */
export const recoveryCodes = pgTable(
  'recovery_code',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    index('recovery_code_account').on(t.tenantId, t.accountId),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
  ],
);

/** An invitation to make an account: a single-use link, valid for the tenant's number of days. */
export const invitations = pgTable(
  'invitation',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    invitedByPersonId: uuid('invited_by_person_id'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('invitation_token_hash').on(t.tokenHash),
    index('invitation_account').on(t.tenantId, t.accountId),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
  ],
);

/** A passkey (WebAuthn credential) of an account: a second factor or a sign-in without password. */
export const passkeyCredentials = pgTable(
  'passkey_credential',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    /** The authenticator's credential id, base64url. */
    credentialId: text('credential_id').notNull(),
    /** The COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    signCount: integer('sign_count').notNull().default(0),
    transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
    /** The name the person gave it ("telefoon"), shown in the account's list. */
    name: text('name').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('passkey_credential_id').on(t.tenantId, t.credentialId),
    index('passkey_credential_account').on(t.tenantId, t.accountId),
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
  ],
);

/** A WebAuthn challenge, single use and short-lived; for sign-in without password the account is not known yet. */
export const passkeyChallenges = pgTable(
  'passkey_challenge',
  {
    ...tenantColumns,
    accountId: uuid('account_id'),
    purpose: passkeyChallengePurpose('purpose').notNull(),
    challenge: text('challenge').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('passkey_challenge_value').on(t.tenantId, t.challenge)],
);

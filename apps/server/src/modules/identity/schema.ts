import { z } from 'zod';

export const loginBody = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(128),
    organisation: z.string().min(1).max(100).meta({ description: 'Slug of the tenant, as listed by GET /api/tenants' }),
  })
  .strict();

export const loginNextStep = z.enum(['email-code', 'totp', 'passkey', 'change-password', 'accept-terms', 'enrol-second-factor', 'done']);

export const loginResponse = z.object({
  next: loginNextStep,
  csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token with the next steps' }),
  methods: z
    .array(z.enum(['totp', 'passkey', 'email-code']))
    .optional()
    .meta({ description: 'After the password: the second steps this account may choose from, the one in `next` first' }),
});
export const stepResponse = loginResponse;

export const emailCodeBody = z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') }).strict();

export const meResponse = z
  .object({
    person: z.object({ id: z.uuid(), firstName: z.string(), infix: z.string().nullable(), surname: z.string() }),
    tenant: z.object({ slug: z.string(), name: z.string() }),
    roles: z.array(z.string()),
    activeRole: z.string(),
    csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token on every state-changing request' }),
    totp: z.boolean().meta({ description: 'An authenticator app is linked' }),
    passkeys: z.boolean().meta({ description: 'The organisation offers passkeys (list them at /api/me/passkeys)' }),
    session: z.object({ idleExpiresAt: z.iso.datetime(), absoluteExpiresAt: z.iso.datetime() }),
    policies: z
      .array(z.enum(['removeTotp']))
      .meta({ description: '`removeTotp`: the linked app may be unlinked (not when it is the last app or passkey the organisation demands of staff)' }),
  })
  .meta({ id: 'Me' });

export const switchRoleBody = z.object({ role: z.string().min(1).max(40) }).strict();

export const changePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(128).optional().meta({ description: 'Required unless the sign-in asked for a new password' }),
    newPassword: z.string().min(1).max(1000),
  })
  .strict();

export const termsResponse = z
  .object({
    version: z.number().int(),
    language: z.enum(['nl', 'en']),
    body: z.string().meta({ description: 'Paragraphs separated by a blank line; no title' }),
    publishedAt: z.iso.datetime(),
  })
  .meta({ id: 'Terms' });
export const acceptTermsBody = z.object({ version: z.number().int().min(1) }).strict();

export const resetRequestBody = z.object({ email: z.email().max(254), organisation: z.string().min(1).max(100) }).strict();
export const resetConfirmBody = z.object({ organisation: z.string().min(1).max(100), token: z.string().min(20).max(100) }).strict();

export const totpStepBody = z
  .object({
    code: z.string().regex(/^\d{6}$/, 'six digits').optional(),
    recoveryCode: z.string().trim().min(8).max(20).optional(),
  })
  .strict()
  .refine((body) => Boolean(body.code) !== Boolean(body.recoveryCode), { message: 'either code or recoveryCode', path: ['code'] });

export const totpEnrolmentResponse = z
  .object({ secret: z.string(), uri: z.string(), qrCode: z.string().meta({ description: 'data: URL of an SVG QR code' }) })
  .meta({ id: 'TotpEnrolment' });
export const totpConfirmResponse = z.object({ recoveryCodes: z.array(z.string()).meta({ description: 'Shown once' }) });

const base64url = z.string().max(4096).regex(/^[A-Za-z0-9_-]*$/, 'base64url');

/** What @simplewebauthn/browser's startRegistration answers (extra fields the browser adds are kept). */
export const passkeyRegistrationResponse = z.looseObject({
  id: base64url.min(1).max(1024),
  rawId: base64url.min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: base64url.min(1),
    attestationObject: base64url.min(1),
    transports: z.array(z.string().max(20)).max(10).optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

/** What @simplewebauthn/browser's startAuthentication answers. */
export const passkeyAuthenticationResponse = z.looseObject({
  id: base64url.min(1).max(1024),
  rawId: base64url.min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: base64url.min(1),
    authenticatorData: base64url.min(1),
    signature: base64url.min(1),
    userHandle: base64url.max(256).optional(),
  }),
  clientExtensionResults: z.looseObject({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

export const passkeyRegisterBody = z
  .object({
    name: z.string().trim().min(1).max(60).meta({ description: 'What the person calls the device, e.g. "telefoon"' }),
    response: passkeyRegistrationResponse,
  })
  .strict();

export const passkeyStepBody = z.object({ response: passkeyAuthenticationResponse }).strict();
export const passkeySignInOptionsBody = z.object({ organisation: z.string().min(1).max(100) }).strict();
export const passkeySignInBody = z.object({ organisation: z.string().min(1).max(100), response: passkeyAuthenticationResponse }).strict();

export const passkeyOptionsResponse = z.object({
  options: z.looseObject({ challenge: z.string() }).meta({ description: 'PublicKeyCredential options as JSON, for @simplewebauthn/browser' }),
});

export const passkeySummary = z
  .object({ id: z.uuid(), name: z.string(), createdAt: z.iso.datetime(), lastUsedAt: z.iso.datetime().nullable(), policies: z.array(z.string()) })
  .meta({ id: 'PasskeySummary' });

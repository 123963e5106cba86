import { z } from 'zod';

export const loginBody = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(128),
    organisation: z.string().min(1).max(100).meta({ description: 'Slug of the tenant, as listed by GET /api/tenants' }),
  })
  .strict();

export const loginNextStep = z.enum(['email-code', 'totp', 'passkey', 'change-password', 'accept-terms', 'done']);

export const loginResponse = z.object({
  next: loginNextStep,
  csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token with the next steps' }),
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
    session: z.object({ idleExpiresAt: z.iso.datetime(), absoluteExpiresAt: z.iso.datetime() }),
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

import { z } from 'zod';

export const settingsFields = {
  idleTimeoutMinutes: z.number().int().min(5).max(60).meta({ description: 'Sign out after this many idle minutes' }),
  absoluteTimeoutHours: z.number().int().min(1).max(24).meta({ description: 'Sign out after this many hours, however active' }),
  lockoutThreshold: z.number().int().min(5).max(50).meta({ description: 'Lock sign-in for 15 minutes at this many failures' }),
  invitationValidDays: z.number().int().min(1).max(30),
  digidEnabled: z.boolean(),
  eherkenningEnabled: z.boolean(),
};

/** Added with passkeys (migration 0012); optional when changing, so a client that does not know them leaves them as they are. */
export const signInFields = {
  passwordMinLength: z.number().int().min(12).max(128).meta({ description: 'Shortest password allowed (12–128)' }),
  passkeysEnabled: z.boolean().meta({ description: 'Whether people may add and use passkeys' }),
  requireStrongSecondFactorForProfessionals: z.boolean().meta({ description: 'Professionals must also use an authenticator app or a passkey' }),
};

export const settingsResponse = z
  .object({ ...settingsFields, ...signInFields, version: z.number().int(), updatedAt: z.iso.datetime(), policies: z.array(z.string()) })
  .meta({ id: 'TenantSettings' });

export const settingsUpdateBody = z
  .object({
    ...settingsFields,
    passwordMinLength: signInFields.passwordMinLength.optional(),
    passkeysEnabled: signInFields.passkeysEnabled.optional(),
    requireStrongSecondFactorForProfessionals: signInFields.requireStrongSecondFactorForProfessionals.optional(),
    version: z.number().int().min(0),
  })
  .strict();

export const termsResponse = z
  .object({ version: z.number().int(), publishedAt: z.iso.datetime(), bodyNl: z.string(), bodyEn: z.string(), policies: z.array(z.string()) })
  .meta({ id: 'TermsVersion' });

export const publishTermsBody = z
  .object({ bodyNl: z.string().trim().min(20).max(50_000), bodyEn: z.string().trim().min(20).max(50_000) })
  .strict();
export const publishTermsResponse = z.object({ version: z.number().int() });

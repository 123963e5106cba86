import { z } from 'zod';

export const settingsFields = {
  idleTimeoutMinutes: z.number().int().min(5).max(60).meta({ description: 'Sign out after this many idle minutes' }),
  absoluteTimeoutHours: z.number().int().min(1).max(24).meta({ description: 'Sign out after this many hours, however active' }),
  lockoutThreshold: z.number().int().min(5).max(50).meta({ description: 'Lock sign-in for 15 minutes at this many failures' }),
  invitationValidDays: z.number().int().min(1).max(30),
  digidEnabled: z.boolean(),
  eherkenningEnabled: z.boolean(),
};

export const settingsResponse = z
  .object({ ...settingsFields, version: z.number().int(), updatedAt: z.iso.datetime(), policies: z.array(z.string()) })
  .meta({ id: 'TenantSettings' });

export const settingsUpdateBody = z.object({ ...settingsFields, version: z.number().int().min(0) }).strict();

export const publishTermsBody = z
  .object({ bodyNl: z.string().trim().min(20).max(50_000), bodyEn: z.string().trim().min(20).max(50_000) })
  .strict();
export const publishTermsResponse = z.object({ version: z.number().int() });

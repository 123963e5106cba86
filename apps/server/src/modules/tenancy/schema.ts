import { z } from 'zod';

export const tenantSummary = z.object({ slug: z.string(), name: z.string(), digid: z.boolean(), eherkenning: z.boolean().meta({ description: 'Offers eHerkenning for provider staff' }), passkeys: z.boolean().meta({ description: 'Offers passkeys (also sign-in without password)' }), passwordMinLength: z.number().int().meta({ description: 'The fewest characters a new password must have here (at most 128)' }) }).meta({ id: 'TenantSummary' });
export const tenantListResponse = z.object({ items: z.array(tenantSummary) });

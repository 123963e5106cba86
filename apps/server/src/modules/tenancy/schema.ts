import { z } from 'zod';

export const tenantSummary = z.object({ slug: z.string(), name: z.string() }).meta({ id: 'TenantSummary' });
export const tenantListResponse = z.object({ items: z.array(tenantSummary) });

import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const readyResponse = z.object({ status: z.literal('ready') });

export const problemResponse = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional().meta({ description: 'With 409: the current state, so the client can show both versions' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

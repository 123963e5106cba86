import type { FastifyServerOptions } from 'fastify';

/**
 * Paths pino blanks out. Bodies are never logged, but error objects and child loggers may carry these keys; the
 * canary test proves none of a BSN, password or token reaches the output.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.bsn',
  '*.token',
  '*.secret',
  '*.body',
];

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      // The query string can carry one-time tokens (invitation and reset links): log the path only.
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
        id: request.id,
      }),
    },
  };
}

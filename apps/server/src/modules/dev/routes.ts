import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { escapeHtml } from '../../platform/html.js';

const capturedMail = z.object({ to: z.string(), subject: z.string(), text: z.string(), html: z.string(), receivedAt: z.string() });


/** Captured mail, for development and the demo. Registered only when mail is captured, never in production. */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  const capture = app.services.mailCapture;
  if (!capture || app.services.config.env === 'production') return;

  app.get(
    '/dev/mail.json',
    { schema: { hide: true, response: { 200: z.object({ items: z.array(capturedMail) }) } } },
    async () => ({ items: [...capture.mails].reverse() }),
  );

  app.get('/dev/mail', { schema: { hide: true } }, async (_request, reply) => {
    const items = [...capture.mails].reverse();
    const rows = items
      .map((m) => `<article><h2>${escapeHtml(m.subject)}</h2><p>Aan / to: ${escapeHtml(m.to)} — ${escapeHtml(m.receivedAt)}</p><pre>${escapeHtml(m.text)}</pre></article>`)
      .join('');
    return reply
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Samenplan – opgevangen e-mail</title></head><body><main><h1>Opgevangen e-mail (alleen ontwikkeling)</h1><p>${items.length} berichten, nieuwste eerst.</p>${rows}</main></body></html>`);
  });
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inTenant } from '../../platform/db/index.js';
import { unauthorized } from '../../platform/errors.js';
import { answerStep } from './gates.js';
import { problemResponse } from '../platform/schema.js';
import { z } from 'zod';
import { confirmTotpEnrolment, removeTotp, startTotpEnrolment } from './commands/totp-enrolment.js';
import { verifyTotpStep } from './commands/totp-sign-in.js';
import { emailCodeBody, stepResponse, totpConfirmResponse, totpEnrolmentResponse, totpStepBody } from './schema.js';
import { setSessionCookie } from './session-cookie.js';

export const totpRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.post(
    '/api/me/totp',
    {
      schema: {
        tags: ['identity'],
        summary: 'Start linking an authenticator app: a secret and QR code; it is used once confirmed',
        response: { 200: totpEnrolmentResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request) => startTotpEnrolment(services, request.ctx),
  );

  app.post(
    '/api/me/totp/confirm',
    {
      schema: {
        tags: ['identity'],
        summary: 'Confirm the app with one code from it; answers the recovery codes, shown only now',
        body: emailCodeBody,
        response: { 200: totpConfirmResponse, 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request) => confirmTotpEnrolment(services, request.ctx, request.body.code),
  );

  app.delete(
    '/api/me/totp',
    { schema: { tags: ['identity'], summary: 'Unlink the authenticator app and its recovery codes', response: { 204: z.null(), 401: problemResponse, 403: problemResponse } } },
    async (request, reply) => {
      await removeTotp(services, request.ctx);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp',
    {
      schema: {
        tags: ['identity'],
        summary: 'Second step by authenticator app code, or by a recovery code',
        body: totpStepBody,
        response: { 200: stepResponse, 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session || session.stage !== 'email-code') throw unauthorized();
      const result = await verifyTotpStep(services, request.ctx, session, request.body);
      setSessionCookie(reply, services.config, request.ctx.tenantId!, result.token);
      const next = await inTenant(services.database.owner, request.ctx.tenantId, (tx) => answerStep(tx, request.ctx.tenantId!, session.accountId, result.next));
      return { next, csrfToken: result.csrfToken };
    },
  );
};

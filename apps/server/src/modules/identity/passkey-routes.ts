import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unauthorized } from '../../platform/errors.js';
import { problemResponse } from '../platform/schema.js';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import {
  listPasskeys,
  passkeyStepOptions,
  passwordlessOptions,
  passwordlessSignIn,
  registerPasskey,
  removePasskey,
  startPasskeyEnrolment,
  verifyPasskeyStep,
} from './commands/passkeys.js';
import { passkeyOptionsResponse, passkeyRegisterBody, passkeySignInBody, passkeySignInOptionsBody, passkeyStepBody, passkeySummary, stepResponse } from './schema.js';
import { setSessionCookie } from './session-cookie.js';

/**
 * Passkeys (WebAuthn): enrol and remove them on the account page (also at the gate where the tenant demands an app or
 * passkey of professionals), use one as the second step after the password, or sign in with one alone. All of it
 * answers 404 when the organisation switched passkeys off.
 */
export const passkeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/me/passkeys',
    {
      schema: {
        tags: ['identity'],
        summary: 'My passkeys: name, made, last used',
        response: { 200: z.object({ items: z.array(passkeySummary) }), 401: problemResponse, 404: problemResponse },
      },
    },
    async (request) => ({ items: await listPasskeys(services, request.ctx) }),
  );

  app.post(
    '/api/me/passkeys/options',
    {
      schema: {
        tags: ['identity'],
        summary: 'Start making a passkey: registration options (single-use challenge, valid 5 minutes)',
        response: { 200: passkeyOptionsResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request) => startPasskeyEnrolment(services, request.ctx),
  );

  app.post(
    '/api/me/passkeys',
    {
      schema: {
        tags: ['identity'],
        summary: 'Store the passkey the browser made, under a name ("telefoon")',
        body: passkeyRegisterBody,
        response: { 201: passkeySummary, 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      const passkey = await registerPasskey(services, request.ctx, { name: request.body.name, response: request.body.response as unknown as RegistrationResponseJSON });
      return reply.status(201).send(passkey);
    },
  );

  app.delete(
    '/api/me/passkeys/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'Remove one of my passkeys',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      await removePasskey(services, request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/passkey/options',
    {
      schema: {
        tags: ['identity'],
        summary: 'Second step by passkey: authentication options naming the account’s passkeys',
        response: { 200: passkeyOptionsResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request) => {
      const session = request.session;
      if (!session || session.stage !== 'email-code') throw unauthorized();
      return passkeyStepOptions(services, request.ctx, session);
    },
  );

  app.post(
    '/api/auth/passkey',
    {
      schema: {
        tags: ['identity'],
        summary: 'Second step by passkey: the authenticator’s answer',
        body: passkeyStepBody,
        response: { 200: stepResponse, 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session || session.stage !== 'email-code') throw unauthorized();
      const result = await verifyPasskeyStep(services, request.ctx, session, request.body.response as unknown as AuthenticationResponseJSON);
      setSessionCookie(reply, services.config, request.ctx.tenantId!, result.token);
      return { next: result.next, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/auth/passkey-sign-in/options',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with a passkey alone: options for the organisation (the authenticator picks the passkey)',
        body: passkeySignInOptionsBody,
        response: { 200: passkeyOptionsResponse, 400: problemResponse, 404: problemResponse },
      },
    },
    async (request) => passwordlessOptions(services, request.ctx, request.body.organisation),
  );

  app.post(
    '/api/auth/passkey-sign-in',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with a passkey alone: the passkey found names the account; then the usual gates',
        body: passkeySignInBody,
        response: { 200: stepResponse, 400: problemResponse, 404: problemResponse, 429: problemResponse },
      },
    },
    async (request, reply) => {
      const result = await passwordlessSignIn(services, request.ctx, { organisation: request.body.organisation, response: request.body.response as unknown as AuthenticationResponseJSON });
      setSessionCookie(reply, services.config, result.tenantId, result.token);
      return { next: result.next, csrfToken: result.csrfToken };
    },
  );
};

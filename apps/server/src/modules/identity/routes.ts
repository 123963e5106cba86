import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../platform/db/index.js';
import { forbidden, notFound, unauthorized } from '../../platform/errors.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { login } from './commands/login.js';
import { acceptTerms } from './commands/accept-terms.js';
import { changePassword } from './commands/change-password.js';
import { confirmPasswordReset, requestPasswordReset } from './commands/password-reset.js';
import { resendEmailCode, verifyEmailCode } from './commands/email-code.js';
import { logout } from './commands/logout.js';
import { totpObjectOf } from './commands/totp-enrolment.js';
import { totpPolicy } from './policy.js';
import { switchRole } from './commands/switch-role.js';
import { presentMe } from './presenter.js';
import { findPerson, findTenantById, rolesOf } from './repository.js';
import { answerStep, currentTerms, type nextStepOf } from './gates.js';
import { secondFactorsOf, secondStepMethods } from './passkeys.js';
import { settingsOf } from '../tenancy/index.js';
import { resetConfirmBody, resetRequestBody, acceptTermsBody, changePasswordBody, emailCodeBody, loginBody, loginResponse, meResponse, stepResponse, switchRoleBody, termsResponse } from './schema.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const stepAfter = (tenantId: string, accountId: string, next: ReturnType<typeof nextStepOf>) =>
    inTenant(services.database.owner, tenantId, (tx) => answerStep(tx, tenantId, accountId, next));
  const refuseEmailCodeWhenStrongFactor = async (tenantId: string, accountId: string) => {
    const factors = await inTenant(services.database.owner, tenantId, (tx) => secondFactorsOf(tx, tenantId, accountId));
    if (!secondStepMethods(factors).includes('email-code')) throw forbidden();
  };

  app.post(
    '/api/auth/login',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with e-mail, password and organisation',
        body: loginBody,
        response: { 200: loginResponse, 400: problemResponse, 401: problemResponse },
      },
    },
    async (request, reply) => {
      const result = await login(services, request.ctx, request.body);
      setSessionCookie(reply, services.config, result.tenantId, result.token);
      return { next: result.next, csrfToken: result.csrfToken, methods: result.methods };
    },
  );

  app.post(
    '/api/auth/email-code',
    {
      schema: {
        tags: ['identity'],
        summary: 'Second step: the 6-digit code e-mailed after the password (valid 5 minutes, 5 tries)',
        body: emailCodeBody,
        response: { 200: stepResponse, 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session || session.stage !== 'email-code') throw unauthorized();
      // Also after a reset link: someone held to "an app or a passkey" who has one never passes by the e-mailed code.
      await refuseEmailCodeWhenStrongFactor(request.ctx.tenantId!, session.accountId);
      const result = await verifyEmailCode(services, request.ctx, session, request.body.code);
      setSessionCookie(reply, services.config, request.ctx.tenantId!, result.token);
      return { next: await stepAfter(request.ctx.tenantId!, session.accountId, result.next), csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/auth/email-code/resend',
    {
      schema: {
        tags: ['identity'],
        summary: 'Send a new code (the old one stops working); at most once per 30 seconds',
        response: { 204: z.null(), 401: problemResponse, 403: problemResponse, 429: problemResponse },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session || session.stage !== 'email-code') throw unauthorized();
      // A professional held to "an app or a passkey" who has one does not get the e-mailed code instead.
      await refuseEmailCodeWhenStrongFactor(request.ctx.tenantId!, session.accountId);
      await resendEmailCode(services, request.ctx, session);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['identity'],
        summary: 'Sign out here, or everywhere',
        querystring: z.object({ everywhere: z.enum(['true', 'false']).default('false') }),
        response: { 204: z.null(), 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      if (!request.session) throw unauthorized();
      await logout(services, request.ctx, request.session.id, request.query.everywhere === 'true');
      clearSessionCookie(reply, services.config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    { schema: { tags: ['identity'], summary: 'Who is signed in', response: { 200: meResponse, 401: problemResponse } } },
    async (request) => {
      const session = request.session;
      const actor = subjectOf(request.ctx);
      if (!session) throw unauthorized();
      const { person, tenant, roles, totp, passkeys } = await inTenant(services.database.owner, request.ctx.tenantId, async (tx) => ({
        person: await findPerson(tx, actor.personId),
        tenant: await findTenantById(tx, request.ctx.tenantId!),
        roles: await rolesOf(tx, actor.accountId),
        totp: await totpObjectOf(tx, request.ctx.tenantId!, actor.accountId),
        passkeys: (await settingsOf(tx, request.ctx.tenantId!)).passkeysEnabled,
      }));
      if (!person || !tenant) throw unauthorized();
      const policies: 'removeTotp'[] = totp.linked && totpPolicy.can(actor, 'remove', totp) ? ['removeTotp'] : [];
      return presentMe({ person, tenant, roles: roles.map((r) => r.role), activeRole: actor.role, totp: totp.linked, passkeys, session, policies });
    },
  );

  app.post(
    '/api/me/role',
    {
      schema: {
        tags: ['identity'],
        summary: 'Act in another of one’s roles (e.g. the coach who is also a team superuser); the session is renewed',
        body: switchRoleBody,
        response: { 204: z.null(), 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      subjectOf(request.ctx);
      if (!request.session || !request.ctx.tenantId) throw unauthorized();
      const { token } = await switchRole(services, request.ctx, request.session.id, request.body.role);
      setSessionCookie(reply, services.config, request.ctx.tenantId, token);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['identity'],
        summary: 'Set a new password: forced at first sign-in, or by choice with the current password; ends other sessions',
        body: changePasswordBody,
        response: { 200: stepResponse, 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session || (session.stage !== 'change-password' && session.stage !== 'active')) throw unauthorized();
      const result = await changePassword(services, request.ctx, session, request.body);
      setSessionCookie(reply, services.config, request.ctx.tenantId!, result.token);
      return { next: await stepAfter(request.ctx.tenantId!, session.accountId, result.next), csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/api/auth/terms',
    { schema: { tags: ['identity'], summary: 'The current terms of use, in the caller’s language', response: { 200: termsResponse, 401: problemResponse, 404: problemResponse } } },
    async (request) => {
      if (!request.session) throw unauthorized();
      const terms = await inTenant(services.database.owner, request.ctx.tenantId, currentTerms);
      if (!terms) throw notFound();
      const language = request.ctx.language;
      return { version: terms.version, language, body: language === 'en' ? terms.bodyEn : terms.bodyNl, publishedAt: terms.publishedAt.toISOString() };
    },
  );

  app.post(
    '/api/auth/terms',
    {
      schema: {
        tags: ['identity'],
        summary: 'Accept the current terms of use (the version read)',
        body: acceptTermsBody,
        response: { 200: stepResponse, 400: problemResponse, 401: problemResponse, 403: problemResponse },
      },
    },
    async (request) => {
      const session = request.session;
      if (!session || session.stage !== 'accept-terms') throw unauthorized();
      await acceptTerms(services, request.ctx, session, request.body.version);
      return { next: await stepAfter(request.ctx.tenantId!, session.accountId, 'done'), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Forgot password: mails a link valid 4 hours when the account exists; the answer is the same either way',
        body: resetRequestBody,
        response: { 202: z.object({}), 400: problemResponse },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(services, request.ctx, request.body);
      return reply.status(202).send({});
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { withoutSession: true },
      schema: {
        tags: ['identity'],
        summary: 'Follow the link: ends all sessions of the account and starts one that needs a second step (`next`, `methods`: the e-mailed code, or the app or passkey a professional must use under the tenant rule), then a new password',
        body: resetConfirmBody,
        response: { 200: stepResponse, 400: problemResponse },
      },
    },
    async (request, reply) => {
      const result = await confirmPasswordReset(services, request.ctx, request.body);
      setSessionCookie(reply, services.config, result.tenantId, result.token);
      return { next: result.methods[0]!, csrfToken: result.csrfToken, methods: result.methods };
    },
  );
};

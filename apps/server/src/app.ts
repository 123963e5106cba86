import type { Writable } from 'node:stream';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountRoutes, adminRoutes, digidRoutes, eherkenningRoutes, identityRoutes, invitationRoutes, registerSessions, sessionRoutes, totpRoutes } from './modules/identity/index.js';
import { languageRoutes, passkeyRoutes } from './modules/identity/index.js';
import { careRoutes } from './modules/care/index.js';
import { devMailRoutes } from './modules/dev/index.js';
import { caseloadRoutes, dossierReadRoutes, dossierWriteRoutes, myTeamRoutes } from './modules/dossier/index.js';
import { documentRoutes } from './modules/documents/index.js';
import { messageRoutes } from './modules/messages/index.js';
import { planRoutes, questionLibraryRoutes, signatureRequestRoutes, templateRoutes } from './modules/plan/index.js';
import { planGroupRoutes } from './modules/plan/group-routes.js';
import { platformRoutes } from './modules/platform/index.js';
import { contactPersonRoutes, profileRoutes } from './modules/profile/index.js';
import { settingsRoutes, tenancyRoutes } from './modules/tenancy/index.js';
import { registerRequestContext } from './platform/http/context.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerProblemHandler } from './platform/http/problem-handler.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { registerWebApp } from './platform/http/web-app.js';
import { loggerOptions } from './platform/logger.js';
import type { Services } from './platform/services.js';

export interface BuildOptions {
  /** Where log lines go; tests pass a stream they can read back. */
  logStream?: Writable;
}

/** Builds the whole app: external plugins, then the platform, then the modules. Used by main.ts and every test. */
export async function buildApp(services: Services, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const logger = loggerOptions(config.logLevel);
  const app = Fastify({
    logger: options.logStream && logger && typeof logger === 'object' ? { ...logger, stream: options.logStream } : logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    forceCloseConnections: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', services);

  // external
  await app.register(cookie);
  await registerSecurityHeaders(app);
  await registerOpenApi(app);

  // platform
  registerRequestContext(app);
  registerProblemHandler(app);
  registerSessions(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api')) reply.header('cache-control', 'no-store');
  });

  // modules
  await app.register(platformRoutes);
  await app.register(tenancyRoutes);
  await app.register(settingsRoutes);
  await app.register(identityRoutes);
  await app.register(accountRoutes);
  await app.register(languageRoutes);
  await app.register(adminRoutes);
  await app.register(sessionRoutes);
  await app.register(totpRoutes);
  await app.register(passkeyRoutes);
  await app.register(invitationRoutes);
  await app.register(digidRoutes);
  await app.register(eherkenningRoutes);
  await app.register(profileRoutes);
  await app.register(contactPersonRoutes);
  await app.register(dossierReadRoutes);
  await app.register(dossierWriteRoutes);
  await app.register(caseloadRoutes);
  await app.register(myTeamRoutes);
  await app.register(devMailRoutes);
  await app.register(messageRoutes);
  await app.register(documentRoutes);
  await app.register(careRoutes);
  await app.register(templateRoutes);
  await app.register(planRoutes);
  await app.register(planGroupRoutes);
  await app.register(questionLibraryRoutes);
  await app.register(signatureRequestRoutes);

  await registerWebApp(app, config.webDist);
  return app;
}

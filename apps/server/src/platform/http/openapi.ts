import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { version } from '../version.js';

/** The OpenAPI document is generated from the route schemas; nobody writes it by hand. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samenplan API',
        version,
        description: 'One plan for a resident, shared by the resident, relatives and professionals. Errors are application/problem+json.',
      },
      tags: [
        { name: 'platform', description: 'Health, readiness and this document' },
        { name: 'tenancy', description: 'Tenants, organisations and teams' },
        { name: 'identity', description: 'Signing in, sessions and who is signed in' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { createTemplate, getTemplate, getTemplateVersion, listTemplates, publishTemplate, setTemplateArchived, updateTemplate } from './template-commands.js';
import { archiveBody, publishBody, templateBody, templateListQuery, templateDetail, templateParams, templateSummary, templateUpdateBody, templateVersionDetail } from './template-schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse };
const tags = ['plan'];

/** Plan templates (*sjablonen*): built from blocks and published by the functional administrator. */
export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/plan-templates',
    {
      schema: {
        tags,
        summary: 'Templates the caller may see (professionals: published ones of their user groups); archived ones only with archived=true (functional administrator)',
        querystring: templateListQuery,
        response: { 200: z.object({ items: z.array(templateSummary) }), ...problems },
      },
    },
    async (request) => ({ items: await listTemplates(services, request.ctx, request.query) }),
  );
  app.post(
    '/api/plan-templates',
    { schema: { tags, summary: 'A new template with its draft blocks', body: templateBody, response: { 201: templateDetail, ...problems } } },
    async (request, reply) => reply.code(201).send(await createTemplate(services, request.ctx, request.body)),
  );
  app.get(
    '/api/plan-templates/:templateId',
    { schema: { tags, summary: 'A template with its draft and published versions (functional administrator)', params: templateParams, response: { 200: templateDetail, ...problems } } },
    async (request) => getTemplate(services, request.ctx, request.params.templateId),
  );
  app.put(
    '/api/plan-templates/:templateId',
    { schema: { tags, summary: 'Save the draft; 409 with the current template when the version is stale', params: templateParams, body: templateUpdateBody, response: { 200: templateDetail, ...problems } } },
    async (request) => updateTemplate(services, request.ctx, request.params.templateId, request.body),
  );
  app.post(
    '/api/plan-templates/:templateId/publish',
    { schema: { tags, summary: 'Freeze the draft as the next immutable version', params: templateParams, body: publishBody, response: { 200: templateDetail, ...problems } } },
    async (request) => publishTemplate(services, request.ctx, request.params.templateId, request.body),
  );
  app.post(
    '/api/plan-templates/:templateId/archive',
    {
      schema: {
        tags,
        summary: 'Archive the template: no longer offered for new plans (400 on templateId); existing plans keep working. 409 when stale or already archived',
        params: templateParams,
        body: archiveBody,
        response: { 200: templateDetail, ...problems },
      },
    },
    async (request) => setTemplateArchived(services, request.ctx, request.params.templateId, true, request.body),
  );
  app.post(
    '/api/plan-templates/:templateId/restore',
    { schema: { tags, summary: 'Restore an archived template; 409 when stale or not archived', params: templateParams, body: archiveBody, response: { 200: templateDetail, ...problems } } },
    async (request) => setTemplateArchived(services, request.ctx, request.params.templateId, false, request.body),
  );
  app.get(
    '/api/plan-templates/:templateId/versions/:number',
    {
      schema: {
        tags,
        summary: 'One published version with its blocks',
        params: templateParams.extend({ number: z.coerce.number().int().min(1) }),
        response: { 200: templateVersionDetail, ...problems },
      },
    },
    async (request) => getTemplateVersion(services, request.ctx, request.params.templateId, request.params.number),
  );
};


import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponse } from '../platform/schema.js';
import { cancelVisit } from './commands/cancel-visit.js';
import { changeVisit } from './commands/change-visit.js';
import { importVisits } from './commands/import-visits.js';
import { planVisit } from './commands/plan-visit.js';
import { writeReport } from './commands/write-report.js';
import { decodeCsv, maxImportRows } from './csv.js';
import { dossierCarePlan, dossierReports, dossierVisitMonth, portalCarePlans, portalReports, portalVisitMonth } from './reads.js';
import {
  carePlan,
  carePlans,
  careReportAnswer,
  careReportInput,
  careReportPage,
  dossierParams,
  importAnswer,
  monthQuery,
  pageQuery,
  versionBody,
  visitAnswer,
  visitInput,
  visitMonth,
  visitParams,
  visitUpdate,
} from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };
const tags = ['care'];

/** Planning (care visits) and the ECD (care reports, care plan): seed 003, entered by provider staff. */
export const careRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  // A planning file arrives as the bytes Excel wrote; decoding (UTF-8 or Windows-1252) happens here, parsing in csv.ts.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_request, body, done) => {
    done(null, decodeCsv(body as Buffer));
  });

  app.get(
    '/api/visits',
    {
      schema: {
        tags,
        summary: 'The signed-in resident’s (or relative’s) planning for a month, across their dossiers, by day and time block',
        querystring: monthQuery,
        response: { 200: visitMonth, ...problems },
      },
    },
    async (request) => portalVisitMonth(services, request.ctx, request.query.month),
  );

  app.get(
    '/api/dossiers/:dossierId/visits',
    {
      schema: { tags, summary: 'One dossier’s planning for a month, by day and time block', params: dossierParams, querystring: monthQuery, response: { 200: visitMonth, ...problems } },
    },
    async (request) => dossierVisitMonth(services, request.ctx, request.params.dossierId, request.query.month),
  );

  app.post(
    '/api/dossiers/:dossierId/visits',
    {
      schema: {
        tags,
        summary: 'Provider staff plan a visit (end after start, at most 12 hours)',
        params: dossierParams,
        body: visitInput,
        response: { 201: visitAnswer, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await planVisit(services, request.ctx, request.params.dossierId, request.body)),
  );

  app.put(
    '/api/dossiers/:dossierId/visits/:visitId',
    {
      schema: {
        tags,
        summary: 'Provider staff change a visit of their own organisation; a stale version answers 409 with the current visit',
        params: visitParams,
        body: visitUpdate,
        response: { 200: visitAnswer, 409: problemResponse, ...problems },
      },
    },
    async (request) => changeVisit(services, request.ctx, request.params.dossierId, request.params.visitId, request.body),
  );

  app.delete(
    '/api/dossiers/:dossierId/visits/:visitId',
    {
      schema: {
        tags,
        summary: 'Provider staff cancel a visit of their own organisation',
        params: visitParams,
        body: versionBody,
        response: { 204: z.null(), 409: problemResponse, ...problems },
      },
    },
    async (request, reply) => {
      await cancelVisit(services, request.ctx, request.params.dossierId, request.params.visitId, request.body.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/dossiers/:dossierId/visits/import',
    {
      schema: {
        tags,
        summary: 'Provider staff import planned visits from a CSV file (all or nothing)',
        description: [
          'Send the file itself as the body with `Content-Type: text/csv` (UTF-8 or Windows-1252, at most 1 MB and',
          `${maxImportRows} rows). Header: \`datum;begintijd;eindtijd;soort;medewerker\` (\`;\` as Dutch Excel writes it; \`,\` is`,
          'also understood). datum `dd-mm-jjjj`, times `hh:mm` in Dutch local time (an end before the start ends the next',
          'day; at most 12 hours), soort one of `persoonlijke verzorging`, `huishoudelijke hulp`, `verpleging`,',
          '`begeleiding`, medewerker a first name. Any bad row refuses the whole file with 400: `errors[].field` is',
          '`rows[n].<column>` where n is the line in the file (the header is line 1), or `header.<column>`, `rows`, `file`.',
        ].join(' '),
        consumes: ['text/csv'],
        params: dossierParams,
        body: z.string().meta({ description: 'The CSV file' }),
        response: { 201: importAnswer, 413: problemResponse, 415: problemResponse, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await importVisits(services, request.ctx, request.params.dossierId, request.body)),
  );

  app.get(
    '/api/care-reports',
    {
      schema: {
        tags,
        summary: 'Care reports across the signed-in resident’s (or relative’s) dossiers, newest first; only those marked visible to the resident',
        querystring: pageQuery,
        response: { 200: careReportPage, ...problems },
      },
    },
    async (request) => portalReports(services, request.ctx, request.query.page, request.query.pageSize),
  );

  app.get(
    '/api/dossiers/:dossierId/care-reports',
    {
      schema: {
        tags,
        summary: 'One dossier’s care reports, newest first; residents and relatives see only those marked visible to the resident',
        params: dossierParams,
        querystring: pageQuery,
        response: { 200: careReportPage, ...problems },
      },
    },
    async (request) => dossierReports(services, request.ctx, request.params.dossierId, request.query.page, request.query.pageSize),
  );

  app.post(
    '/api/dossiers/:dossierId/care-reports',
    {
      schema: { tags, summary: 'Provider staff write a care report', params: dossierParams, body: careReportInput, response: { 201: careReportAnswer, ...problems } },
    },
    async (request, reply) => reply.status(201).send(await writeReport(services, request.ctx, request.params.dossierId, request.body)),
  );

  app.get(
    '/api/dossiers/:dossierId/care-plan',
    {
      schema: { tags, summary: 'The current care plan of a dossier (for now its three plan text sections)', params: dossierParams, response: { 200: carePlan, ...problems } },
    },
    async (request) => dossierCarePlan(services, request.ctx, request.params.dossierId),
  );

  app.get(
    '/api/care-plans',
    {
      schema: { tags, summary: 'The care plans of the open dossiers the signed-in resident (or relative) may read', response: { 200: carePlans, ...problems } },
    },
    async (request) => portalCarePlans(services, request.ctx),
  );
};

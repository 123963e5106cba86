import { desc, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tenantSettings, termsVersions } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { conflict, notFound } from '../../platform/errors.js';
import { subjectOf } from '../../platform/http/context.js';
import type { Subject } from '../../platform/policy/index.js';
import { problemResponse } from '../platform/schema.js';
import { tenantSettingsPolicy } from './policy.js';
import { settingsOf, type TenantSettings } from './settings.js';
import { publishTermsBody, publishTermsResponse, settingsResponse, settingsUpdateBody, termsResponse } from './settings-schema.js';

function present(subject: Subject, s: TenantSettings) {
  return {
    idleTimeoutMinutes: s.idleTimeoutMinutes,
    absoluteTimeoutHours: s.absoluteTimeoutHours,
    lockoutThreshold: s.lockoutThreshold,
    invitationValidDays: s.invitationValidDays,
    digidEnabled: s.digidEnabled,
    eherkenningEnabled: s.eherkenningEnabled,
    passwordMinLength: s.passwordMinLength,
    passkeysEnabled: s.passkeysEnabled,
    requireStrongSecondFactorForProfessionals: s.requireStrongSecondFactorForProfessionals,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
    policies: tenantSettingsPolicy.permitted(subject, s),
  };
}

const errors = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse };

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;

  app.get(
    '/api/tenant/settings',
    { schema: { tags: ['tenancy'], summary: 'Security settings of the tenant', response: { 200: settingsResponse, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const settings = await inTenant(services.database.owner, subject.tenantId, (tx) => settingsOf(tx, subject.tenantId));
      tenantSettingsPolicy.authorize(subject, 'read', settings);
      return present(subject, settings);
    },
  );

  app.put(
    '/api/tenant/settings',
    {
      schema: {
        tags: ['tenancy'],
        summary: 'Change the security settings; `version` is the one read (409 with the current settings when stale)',
        body: settingsUpdateBody,
        response: { 200: settingsResponse, ...errors },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const { version, ...given } = request.body;
      // Fields left out (the sign-in fields are optional) stay as they are.
      const values = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<TenantSettings>;
      const saved = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const current = await settingsOf(tx, subject.tenantId);
        tenantSettingsPolicy.authorize(subject, 'update', current);
        if (current.version !== version) throw conflict(present(subject, current));
        const next = { ...values, version: version + 1, updatedAt: services.clock() };
        const [row] = await tx
          .insert(tenantSettings)
          .values({ tenantId: subject.tenantId, ...next })
          .onConflictDoUpdate({ target: tenantSettings.tenantId, set: next })
          .returning();
        const changed = Object.entries(values).filter(([key, value]) => current[key as keyof TenantSettings] !== value);
        await recordAudit(
          tx,
          request.ctx,
          changed.map(([field, value]) => ({ action: 'update' as const, objectType: 'tenantSettings', objectId: subject.tenantId, field, details: { from: current[field as keyof TenantSettings] as never, to: value as never } })),
        );
        return row!;
      });
      return present(subject, saved);
    },
  );

  app.get(
    '/api/tenant/terms',
    { schema: { tags: ['tenancy'], summary: 'The current terms of use (newest version) and when they were published', response: { 200: termsResponse, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      tenantSettingsPolicy.authorize(subject, 'read', { tenantId: subject.tenantId });
      const [latest] = await inTenant(services.database.owner, subject.tenantId, (tx) =>
        tx.select().from(termsVersions).orderBy(desc(termsVersions.version)).limit(1),
      );
      if (!latest) throw notFound();
      return {
        version: latest.version,
        publishedAt: latest.publishedAt.toISOString(),
        bodyNl: latest.bodyNl,
        bodyEn: latest.bodyEn,
        policies: tenantSettingsPolicy.permitted(subject, { tenantId: subject.tenantId }),
      };
    },
  );

  app.post(
    '/api/tenant/terms',
    {
      schema: {
        tags: ['tenancy'],
        summary: 'Publish a new version of the terms of use; everyone is asked to accept it at their next request',
        body: publishTermsBody,
        response: { 201: publishTermsResponse, ...errors },
      },
    },
    async (request, reply) => {
      const subject = subjectOf(request.ctx);
      tenantSettingsPolicy.authorize(subject, 'update', { tenantId: subject.tenantId });
      const version = await inTenant(services.database.owner, subject.tenantId, async (tx) => {
        // Lock the tenant's terms so two administrators publishing at once get distinct versions.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`terms:${subject.tenantId}`}))`);
        const [latest] = await tx.select({ version: termsVersions.version }).from(termsVersions).orderBy(desc(termsVersions.version)).limit(1);
        const next = (latest?.version ?? 0) + 1;
        await tx.insert(termsVersions).values({ tenantId: subject.tenantId, version: next, ...request.body, publishedAt: services.clock() });
        await recordAudit(tx, request.ctx, [{ action: 'create', objectType: 'termsVersion', objectId: String(next) }]);
        return next;
      });
      return reply.status(201).send({ version });
    },
  );
};

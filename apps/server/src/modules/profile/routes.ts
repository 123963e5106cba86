import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit.js';
import { inTenant } from '../../platform/db/index.js';
import { subjectOf } from '../../platform/http/context.js';
import { problemResponse } from '../platform/schema.js';
import { registeredAddressSource } from './brp/index.js';
import { confirmEmailChange } from './commands/email-change.js';
import { refreshRegisteredAddress } from './commands/refresh-registered-address.js';
import { updateContactDetails } from './commands/update-contact-details.js';
import { profilePolicy } from './policy.js';
import { presentProfile } from './presenter.js';
import { loadProfile, onBehalf, requireResidentPart } from './repository.js';
import { contactDetailsBody, contactDetailsResponse, emailConfirmBody, profileResponse, residentParams } from './schema.js';

const problems = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse };

/** *Mijn profiel* and *Mijn (contact)gegevens*: a resident's profile, contact details, BRP address and e-mail change. */
export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const addressSource = registeredAddressSource(services.config);

  app.get(
    '/api/residents/:personId/profile',
    {
      schema: {
        tags: ['profile'],
        summary: 'A resident’s profile, for the resident, a guardian and the dossier’s professionals; the BSN masked',
        params: residentParams,
        response: { 200: profileResponse, ...problems },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const now = services.clock();
      const { personId } = request.params;
      return inTenant(services.database.owner, subject.tenantId, async (tx) => {
        const part = await requireResidentPart(tx, subject, personId, now);
        profilePolicy.authorize(subject, 'read', part);
        const row = await loadProfile(tx, part, now);
        await recordAudit(tx, onBehalf(request.ctx, subject, part), [
          { action: 'read', objectType: 'profile', objectId: personId, residentId: personId, details: { fields: 'profile' } },
        ]);
        return presentProfile(subject, part, row, services.cipher);
      });
    },
  );

  app.put(
    '/api/residents/:personId/contact-details',
    {
      schema: {
        tags: ['profile'],
        summary: 'Change phone numbers and consents (at once) and ask for a new e-mail address (after its link is followed)',
        params: residentParams,
        body: contactDetailsBody,
        response: { 200: contactDetailsResponse, 409: problemResponse, ...problems },
      },
    },
    async (request) => updateContactDetails(services, request.ctx, request.params.personId, request.body),
  );

  app.post(
    '/api/residents/:personId/registered-address/refresh',
    {
      schema: {
        tags: ['profile'],
        summary: 'Fetch the address from the BRP again (a local fixture outside production) and store it with the time',
        params: residentParams,
        response: { 200: profileResponse, 503: problemResponse, ...problems },
      },
    },
    async (request) => refreshRegisteredAddress(services, request.ctx, request.params.personId, addressSource),
  );

  app.post(
    '/api/email-change/confirm',
    {
      // The link is often opened on another device or after the session ended: the token is the proof, not a session.
      config: { withoutSession: true },
      schema: {
        tags: ['profile'],
        summary: 'Follow the link mailed to a new address: it becomes the e-mail address and the login name (once, 24 hours)',
        body: emailConfirmBody,
        response: { 200: z.object({ confirmed: z.literal(true) }), 400: problemResponse },
      },
    },
    async (request) => {
      await confirmEmailChange(services, request.ctx, request.body);
      return { confirmed: true as const };
    },
  );
};

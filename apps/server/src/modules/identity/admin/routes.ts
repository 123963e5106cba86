import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit.js';
import { inTenant } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { subjectOf } from '../../../platform/http/context.js';
import { problemResponse } from '../../platform/schema.js';
import { teamPolicy, userGroupPolicy } from '../policy.js';
import {
  changeRights,
  changeUserGroup,
  createTeam,
  createUserGroup,
  inviteProfessional,
  reactivateAccount,
  removeTeamMember,
  renameTeam,
  setGroupMember,
  setTeamMember,
} from './commands.js';
import { staffPolicy } from './policy.js';
import { presentStaff, presentTeam, presentUserGroup } from './presenter.js';
import { findStaff, groupMembersOf, listOrganisations, listStaff, listTeams, listUserGroups, teamMembersOf } from './repository.js';
import { inviteBody, rightsBody, staffMember, teamCreateBody, teamRenameBody, teamResponse, userGroupBody, userGroupChangeBody, userGroupResponse } from './schema.js';

const errors = { 400: problemResponse, 401: problemResponse, 403: problemResponse, 404: problemResponse, 409: problemResponse };
const tags = ['identity'];
const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), personId: z.uuid() });

/** The functional administrator's /werk/beheer: professionals, teams and user groups. Settings and terms are in tenancy. */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const owner = services.database.owner;

  // ---- professionals -------------------------------------------------------------------------------------------

  app.get(
    '/api/staff',
    {
      schema: {
        tags,
        summary: 'Professionals of the tenant (functional administrators): name, organisation, roles, teams, user groups, status, last sign-in',
        querystring: z.object({
          q: z.string().trim().min(1).max(100).optional(),
          status: z.enum(['invited', 'active', 'deactivated']).optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: z.object({ items: z.array(staffMember), total: z.number().int(), policies: z.array(z.string()) }), ...errors },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const { q, status, page, pageSize } = request.query;
      const rows = await inTenant(owner, subject.tenantId, async (tx) => {
        const found = await listStaff(tx, staffPolicy.where(subject, 'read'), { q, status }, page, pageSize);
        await recordAudit(tx, request.ctx, [{ action: 'read', objectType: 'account', details: { listed: found.length, page } }]);
        return found;
      });
      const canInvite = staffPolicy.can(subject, 'invite', { tenantId: subject.tenantId, id: '', personId: '', teamIds: [] });
      return { items: rows.map((row) => presentStaff(subject, row)), total: rows[0]?.total ?? 0, policies: canInvite ? ['invite'] : [] };
    },
  );

  app.post(
    '/api/staff',
    {
      schema: {
        tags,
        summary: 'Invite a professional: person, account with roles, teams and user groups, and a single-use link by e-mail',
        body: inviteBody,
        response: { 201: staffMember, ...errors },
      },
    },
    async (request, reply) => {
      const subject = subjectOf(request.ctx);
      const row = await inviteProfessional(services, request.ctx, request.body);
      return reply.status(201).send(presentStaff(subject, row));
    },
  );

  app.get(
    '/api/staff/:id',
    { schema: { tags, summary: 'One professional', params: idParams, response: { 200: staffMember, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const row = await inTenant(owner, subject.tenantId, async (tx) => {
        const found = await findStaff(tx, request.params.id);
        if (!found) throw notFound();
        staffPolicy.authorize(subject, 'read', { tenantId: found.tenant_id, id: found.id, personId: found.person_id, teamIds: found.teams.map((t) => t.id) });
        await recordAudit(tx, request.ctx, [{ action: 'read', objectType: 'account', objectId: found.id }]);
        return found;
      });
      return presentStaff(subject, row);
    },
  );

  app.put(
    '/api/staff/:id/rights',
    {
      schema: {
        tags,
        summary: 'Set roles, teams (with aanjager flag) and user groups; the account’s sessions end so the new rights apply. 409 when `version` is stale',
        params: idParams,
        body: rightsBody,
        response: { 200: staffMember, ...errors },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const row = await changeRights(services, request.ctx, request.session?.id ?? null, request.params.id, request.body);
      return presentStaff(subject, row);
    },
  );

  app.post(
    '/api/accounts/:id/reactivate',
    {
      schema: {
        tags,
        summary: 'Let a deactivated account sign in again',
        params: idParams,
        body: z.object({ version: z.number().int().min(1) }).strict(),
        response: { 200: staffMember.nullable(), ...errors },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      const row = await reactivateAccount(services, request.ctx, request.params.id, request.body.version);
      return row ? presentStaff(subject, row) : null;
    },
  );

  app.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Organisations of the tenant (for the invitation and team forms)',
        response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })) }), ...errors },
      },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      teamPolicy.authorize(subject, 'read', { tenantId: subject.tenantId, id: '' });
      return { items: await inTenant(owner, subject.tenantId, listOrganisations) };
    },
  );

  // ---- teams ---------------------------------------------------------------------------------------------------

  app.get(
    '/api/teams',
    {
      schema: { tags, summary: 'Teams of the tenant, with what the caller may do to each', response: { 200: z.object({ items: z.array(teamResponse), policies: z.array(z.string()) }), ...errors } },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      teamPolicy.authorize(subject, 'read', { tenantId: subject.tenantId, id: '' });
      const rows = await inTenant(owner, subject.tenantId, (tx) => listTeams(tx));
      const canCreate = teamPolicy.can(subject, 'manage', { tenantId: subject.tenantId, id: '' });
      return { items: rows.map((row) => presentTeam(subject, row)), policies: canCreate ? ['create'] : [] };
    },
  );

  app.post(
    '/api/teams',
    { schema: { tags, summary: 'Make a team in one of the tenant’s organisations', body: teamCreateBody, response: { 201: teamResponse, ...errors } } },
    async (request, reply) => {
      const subject = subjectOf(request.ctx);
      return reply.status(201).send(presentTeam(subject, await createTeam(services, request.ctx, request.body)));
    },
  );

  app.get(
    '/api/teams/:id',
    { schema: { tags, summary: 'A team and its members', params: idParams, response: { 200: teamResponse, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      return inTenant(owner, subject.tenantId, async (tx) => {
        const [team] = await listTeams(tx, request.params.id);
        if (!team) throw notFound();
        teamPolicy.authorize(subject, 'read', { tenantId: team.tenant_id, id: team.id });
        const members = await teamMembersOf(tx, team.id);
        await recordAudit(tx, request.ctx, [{ action: 'read', objectType: 'team', objectId: team.id, details: { members: members.length } }]);
        return presentTeam(subject, team, members);
      });
    },
  );

  app.put(
    '/api/teams/:id',
    { schema: { tags, summary: 'Rename a team; 409 with the current name when `version` is stale', params: idParams, body: teamRenameBody, response: { 200: teamResponse, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      return presentTeam(subject, await renameTeam(services, request.ctx, request.params.id, request.body));
    },
  );

  app.put(
    '/api/teams/:id/members/:personId',
    {
      schema: {
        tags,
        summary: 'Put a professional in the team, or change whether they are its aanjager (team superuser); their sessions end',
        params: memberParams,
        body: z.object({ isSuperuser: z.boolean().default(false) }).strict(),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await setTeamMember(services, request.ctx, request.session?.id ?? null, request.params.id, request.params.personId, request.body.isSuperuser);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/teams/:id/members/:personId',
    { schema: { tags, summary: 'Take a professional out of the team; their sessions end', params: memberParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await removeTeamMember(services, request.ctx, request.session?.id ?? null, request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  // ---- user groups ---------------------------------------------------------------------------------------------

  app.get(
    '/api/user-groups',
    {
      schema: { tags, summary: 'User groups of the tenant (they decide which plan templates professionals see)', response: { 200: z.object({ items: z.array(userGroupResponse), policies: z.array(z.string()) }), ...errors } },
    },
    async (request) => {
      const subject = subjectOf(request.ctx);
      userGroupPolicy.authorize(subject, 'read', { tenantId: subject.tenantId, id: '' });
      const rows = await inTenant(owner, subject.tenantId, (tx) => listUserGroups(tx));
      const canCreate = userGroupPolicy.can(subject, 'manage', { tenantId: subject.tenantId, id: '' });
      return { items: rows.map((row) => presentUserGroup(subject, row)), policies: canCreate ? ['create'] : [] };
    },
  );

  app.post(
    '/api/user-groups',
    { schema: { tags, summary: 'Make a user group', body: userGroupBody, response: { 201: userGroupResponse, ...errors } } },
    async (request, reply) => {
      const subject = subjectOf(request.ctx);
      return reply.status(201).send(presentUserGroup(subject, await createUserGroup(services, request.ctx, request.body)));
    },
  );

  app.get(
    '/api/user-groups/:id',
    { schema: { tags, summary: 'A user group and its members', params: idParams, response: { 200: userGroupResponse, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      return inTenant(owner, subject.tenantId, async (tx) => {
        const [group] = await listUserGroups(tx, request.params.id);
        if (!group) throw notFound();
        userGroupPolicy.authorize(subject, 'read', { tenantId: group.tenant_id, id: group.id });
        const members = await groupMembersOf(tx, group.id);
        await recordAudit(tx, request.ctx, [{ action: 'read', objectType: 'userGroup', objectId: group.id, details: { members: members.length } }]);
        return presentUserGroup(subject, group, members);
      });
    },
  );

  app.put(
    '/api/user-groups/:id',
    { schema: { tags, summary: 'Rename a user group or change its description; 409 when `version` is stale', params: idParams, body: userGroupChangeBody, response: { 200: userGroupResponse, ...errors } } },
    async (request) => {
      const subject = subjectOf(request.ctx);
      return presentUserGroup(subject, await changeUserGroup(services, request.ctx, request.params.id, request.body));
    },
  );

  app.put(
    '/api/user-groups/:id/members/:personId',
    { schema: { tags, summary: 'Put a professional in the user group', params: memberParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await setGroupMember(services, request.ctx, request.params.id, request.params.personId, true);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/user-groups/:id/members/:personId',
    { schema: { tags, summary: 'Take a professional out of the user group', params: memberParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await setGroupMember(services, request.ctx, request.params.id, request.params.personId, false);
      return reply.status(204).send(null);
    },
  );
};

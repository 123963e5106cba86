import { z } from 'zod';
import { staffRoles } from './commands.js';

const name = { firstName: z.string(), infix: z.string().nullable(), surname: z.string() };

export const staffMember = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    email: z.string(),
    status: z.enum(['invited', 'active', 'deactivated']),
    version: z.number().int(),
    person: z.object(name),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    roles: z.array(z.string()),
    teams: z.array(z.object({ id: z.uuid(), name: z.string(), isSuperuser: z.boolean() })),
    userGroups: z.array(z.object({ id: z.uuid(), name: z.string() })),
    lastSignInAt: z.iso.datetime().nullable().meta({ description: 'When the account last got fully signed in, if ever' }),
    policies: z.array(z.string()),
  })
  .meta({ id: 'StaffMember' });

const member = z.object({
  personId: z.uuid(),
  accountId: z.uuid().nullable(),
  person: z.object(name),
  status: z.string().nullable(),
  isSuperuser: z.boolean(),
});

export const teamResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    teamType: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    version: z.number().int().meta({ description: 'Send it back when renaming; a stale one answers 409' }),
    memberCount: z.number().int(),
    members: z.array(member).optional(),
    policies: z.array(z.string()),
  })
  .meta({ id: 'Team' });

export const userGroupResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    version: z.number().int(),
    memberCount: z.number().int(),
    members: z.array(member).optional(),
    policies: z.array(z.string()),
  })
  .meta({ id: 'UserGroup' });

const rights = {
  roles: z.array(z.enum(staffRoles)).min(1).max(5),
  teams: z.array(z.object({ id: z.uuid(), superuser: z.boolean().default(false) }).strict()).max(50).default([]),
  userGroupIds: z.array(z.uuid()).max(50).default([]),
};

export const inviteBody = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    infix: z.string().trim().max(30).optional(),
    surname: z.string().trim().min(1).max(100),
    email: z.email().max(254),
    organisationId: z.uuid(),
    ...rights,
    language: z.enum(['nl', 'en']).default('nl'),
  })
  .strict();

export const rightsBody = z.object({ ...rights, version: z.number().int().min(1) }).strict();

const groupName = z.string().trim().min(2).max(100);
export const teamCreateBody = z.object({ name: groupName, organisationId: z.uuid(), teamType: z.enum(['adults', 'youth', 'other']).default('adults') }).strict();
export const teamRenameBody = z.object({ name: groupName, version: z.number().int().min(0) }).strict();
export const userGroupBody = z.object({ name: groupName, description: z.string().trim().max(300).optional() }).strict();
export const userGroupChangeBody = userGroupBody.extend({ version: z.number().int().min(0) }).strict();

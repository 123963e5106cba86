import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, versionColumns } from './columns.js';

/** A deployment customer. Holds no personal data, so it is readable before sign-in (the login form lists them). */
export const tenants = pgTable('tenant', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisationKind = pgEnum('organisation_kind', ['municipality', 'neighbourhoodTeam', 'provider']);

export const organisations = pgTable(
  'organisation',
  {
    ...tenantColumns,
    kind: organisationKind('kind').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    /** Chamber of Commerce number: how an eHerkenning sign-in names the provider organisation. */
    kvkNumber: text('kvk_number'),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    uniqueIndex('organisation_tenant_name').on(t.tenantId, t.name),
    uniqueIndex('organisation_tenant_kvk').on(t.tenantId, t.kvkNumber),
    unique('organisation_tenant_id_id').on(t.tenantId, t.id),
  ],
);

export const teams = pgTable(
  'team',
  {
    ...tenantColumns,
    ...versionColumns,
    organisationId: uuid('organisation_id').notNull(),
    name: text('name').notNull(),
    teamType: text('team_type').notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    uniqueIndex('team_tenant_name').on(t.tenantId, t.name),
    unique('team_tenant_id_id').on(t.tenantId, t.id),
  ],
);

export const userGroups = pgTable(
  'user_group',
  {
    ...tenantColumns,
    ...versionColumns,
    name: text('name').notNull(),
    description: text('description'),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    uniqueIndex('user_group_tenant_name').on(t.tenantId, t.name),
    unique('user_group_tenant_id_id').on(t.tenantId, t.id),
  ],
);

export const personKind = pgEnum('person_kind', ['resident', 'relative', 'professional']);

/**
 * Everyone the system knows by name. The BSN is stored encrypted (`bsn_encrypted`) and looked up by a keyed hash
 * (`bsn_hash`), never in clear.
 */
export const people = pgTable(
  'person',
  {
    ...tenantColumns,
    ...versionColumns,
    kind: personKind('kind').notNull(),
    firstName: text('first_name').notNull(),
    infix: text('infix'),
    surname: text('surname').notNull(),
    dateOfBirth: date('date_of_birth'),
    gender: text('gender'),
    email: text('email'),
    phone: text('phone'),
    /** The language mails to this person are written in: the one they last chose in the app (or were invited in). */
    language: text('language').notNull().default('nl'),
    bsnEncrypted: text('bsn_encrypted'),
    bsnHash: text('bsn_hash'),
    organisationId: uuid('organisation_id'),
    /**
     * Lower-case names for prefix search. Row-level security keeps non-leakproof functions such as `lower()` and
     * `LIKE` out of index conditions, so searches compare these columns by range (`~>=~`, `~<~`), which may use them.
     */
    searchFullName: text('search_full_name').generatedAlwaysAs(sql`lower(first_name || ' ' || coalesce(infix || ' ', '') || surname)`),
    searchSurname: text('search_surname').generatedAlwaysAs(sql`lower(surname)`),
    searchInfixSurname: text('search_infix_surname').generatedAlwaysAs(sql`lower(coalesce(infix || ' ', '') || surname)`),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('person_search_full_name').on(t.tenantId, t.searchFullName.op('text_pattern_ops')),
    index('person_search_surname').on(t.tenantId, t.searchSurname.op('text_pattern_ops')),
    index('person_search_infix_surname').on(t.tenantId, t.searchInfixSurname.op('text_pattern_ops')),
    index('person_date_of_birth').on(t.tenantId, t.dateOfBirth),
    uniqueIndex('person_tenant_bsn_hash').on(t.tenantId, t.bsnHash),
    unique('person_tenant_id_id').on(t.tenantId, t.id),
    index('person_tenant_surname').on(t.tenantId, t.surname),
  ],
);

export const teamMembers = pgTable(
  'team_member',
  {
    tenantId: uuid('tenant_id').notNull(),
    teamId: uuid('team_id').notNull(),
    personId: uuid('person_id').notNull(),
    isSuperuser: boolean('is_superuser').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.teamId, t.personId] }),
    foreignKey({ columns: [t.tenantId, t.teamId], foreignColumns: [teams.tenantId, teams.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
  ],
);

export const userGroupMembers = pgTable(
  'user_group_member',
  {
    tenantId: uuid('tenant_id').notNull(),
    userGroupId: uuid('user_group_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userGroupId, t.personId] }),
    foreignKey({ columns: [t.tenantId, t.userGroupId], foreignColumns: [userGroups.tenantId, userGroups.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
  ],
);

export const role = pgEnum('role', [
  'resident',
  'relative',
  'coach',
  'consultant',
  'providerProfessional',
  'teamSuperuser',
  'functionalAdmin',
]);

export const accountStatus = pgEnum('account_status', ['invited', 'active', 'deactivated']);

/** A way to sign in. The login name is the e-mail address, unique within a tenant. */
export const accounts = pgTable(
  'account',
  {
    ...tenantColumns,
    ...versionColumns,
    personId: uuid('person_id').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash'),
    status: accountStatus('status').notNull().default('invited'),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
    uniqueIndex('account_tenant_email').on(t.tenantId, sql`lower(${t.email})`),
    unique('account_tenant_id_id').on(t.tenantId, t.id),
  ],
);

/** A role held by an account, optionally scoped to an organisation or team. */
export const accountRoles = pgTable(
  'account_role',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    role: role('role').notNull(),
    organisationId: uuid('organisation_id'),
    teamId: uuid('team_id'),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.teamId], foreignColumns: [teams.tenantId, teams.id] }),
    index('account_role_account').on(t.tenantId, t.accountId),
  ],
);

import { boolean, customType, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, versionColumns } from './columns.js';
import { dossierRef } from './dossier.js';
import { accounts, organisations, people } from './tenancy.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Documents and attachments of a dossier; the bytes live in `document_content`, outside the web root. */
export const documents = pgTable(
  'document',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    description: text('description').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content at upload, never taken from the client. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    category: text('category').notNull(),
    visibleToResident: boolean('visible_to_resident').notNull(),
    addedByPersonId: uuid('added_by_person_id').notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [dossierRef(t), unique('document_tenant_id_id').on(t.tenantId, t.id), index('document_dossier').on(t.tenantId, t.dossierId)],
);

export const documentContents = pgTable(
  'document_content',
  {
    tenantId: uuid('tenant_id').notNull(),
    documentId: uuid('document_id').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.documentId] }),
    foreignKey({ columns: [t.tenantId, t.documentId], foreignColumns: [documents.tenantId, documents.id] }),
  ],
);

/** A conversation in one dossier; only its participants see it. */
export const messageThreads = pgTable(
  'message_thread',
  {
    ...tenantColumns,
    dossierId: uuid('dossier_id').notNull(),
    subject: text('subject').notNull(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [dossierRef(t), unique('message_thread_tenant_id_id').on(t.tenantId, t.id), index('message_thread_dossier').on(t.tenantId, t.dossierId)],
);

export const messageParticipants = pgTable(
  'message_participant',
  {
    tenantId: uuid('tenant_id').notNull(),
    threadId: uuid('thread_id').notNull(),
    personId: uuid('person_id').notNull(),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.threadId, t.personId] }),
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [messageThreads.tenantId, messageThreads.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
    index('message_participant_person').on(t.tenantId, t.personId),
  ],
);

/** The body is free text between a resident and their professionals: encrypted at rest. */
export const messages = pgTable(
  'message',
  {
    ...tenantColumns,
    threadId: uuid('thread_id').notNull(),
    senderPersonId: uuid('sender_person_id').notNull(),
    bodyEncrypted: text('body_encrypted').notNull(),
    attachmentDocumentId: uuid('attachment_document_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [messageThreads.tenantId, messageThreads.id] }),
    index('message_thread_sent').on(t.tenantId, t.threadId, t.sentAt),
  ],
);

/** *Contactpersonen*: people the resident lists in their own contact details (GP, pharmacy, carer). */
export const contactPersons = pgTable(
  'contact_person',
  {
    ...tenantColumns,
    ...versionColumns,
    residentId: uuid('resident_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    phone: text('phone'),
    mobilePhone: text('mobile_phone'),
    email: text('email'),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.residentId], foreignColumns: [people.tenantId, people.id] }),
    index('contact_person_resident').on(t.tenantId, t.residentId),
  ],
);

/** A resident's profile beyond the name: consents, second phone, and the BRP address (read-only, refreshed). */
export const residentProfiles = pgTable(
  'resident_profile',
  {
    tenantId: uuid('tenant_id').notNull(),
    personId: uuid('person_id').notNull(),
    version: integer('version').notNull().default(1),
    mobilePhone: text('mobile_phone'),
    consentNeighbourhoodCheck: boolean('consent_neighbourhood_check').notNull().default(false),
    wantsDecision: boolean('wants_decision').notNull().default(false),
    /** Living at a residential location hides the names and times of personal care in the planning. */
    residentialLocation: boolean('residential_location').notNull().default(false),
    street: text('street'),
    houseNumber: integer('house_number'),
    houseLetter: text('house_letter'),
    houseNumberAddition: text('house_number_addition'),
    designation: text('designation'),
    postcode: text('postcode'),
    city: text('city'),
    addressRefreshedAt: timestamp('address_refreshed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.personId] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id] }),
  ],
);

/** A new e-mail address becomes the login name only after the link sent to it is followed. */
export const emailChanges = pgTable(
  'email_change',
  {
    ...tenantColumns,
    accountId: uuid('account_id').notNull(),
    newEmail: text('new_email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }),
    uniqueIndex('email_change_token_hash').on(t.tokenHash),
  ],
);

export const visitKind = pgEnum('visit_kind', ['personalCare', 'householdHelp', 'nursing', 'support']);

/** A planned care visit (*planning*), entered by provider staff or imported from CSV. */
export const visits = pgTable(
  'visit',
  {
    ...tenantColumns,
    ...versionColumns,
    dossierId: uuid('dossier_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    professionalPersonId: uuid('professional_person_id'),
    professionalFirstName: text('professional_first_name').notNull(),
    kind: visitKind('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    dossierRef(t),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('visit_dossier_start').on(t.tenantId, t.dossierId, t.startsAt),
  ],
);

/** *Rapportage* in the ECD: a care report by provider staff; free text, so encrypted. */
export const careReports = pgTable(
  'care_report',
  {
    ...tenantColumns,
    dossierId: uuid('dossier_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    authorPersonId: uuid('author_person_id').notNull(),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    textEncrypted: text('text_encrypted').notNull(),
    visibleToResident: boolean('visible_to_resident').notNull().default(true),
  },
  (t) => [
    dossierRef(t),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('care_report_dossier_written').on(t.tenantId, t.dossierId, t.writtenAt),
  ],
);

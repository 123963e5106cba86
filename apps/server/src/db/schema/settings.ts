import { boolean, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Per-tenant security settings, managed by the functional administrator. Absent row = the defaults below. */
export const tenantSettings = pgTable('tenant_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  idleTimeoutMinutes: integer('idle_timeout_minutes').notNull().default(15),
  absoluteTimeoutHours: integer('absolute_timeout_hours').notNull().default(12),
  lockoutThreshold: integer('lockout_threshold').notNull().default(10),
  invitationValidDays: integer('invitation_valid_days').notNull().default(7),
  digidEnabled: boolean('digid_enabled').notNull().default(false),
  eherkenningEnabled: boolean('eherkenning_enabled').notNull().default(false),
  /** Everyone gets the e-mailed code; with this on, professionals must also enrol and use an app (TOTP) or a passkey. */
  requireStrongSecondFactorForProfessionals: boolean('require_strong_second_factor_for_professionals').notNull().default(false),
  passwordMinLength: integer('password_min_length').notNull().default(12),
  passkeysEnabled: boolean('passkeys_enabled').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

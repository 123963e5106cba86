import { eq } from 'drizzle-orm';
import { tenantSettings } from '../../db/schema/index.js';
import type { Tx } from '../../platform/db/index.js';

export type TenantSettings = typeof tenantSettings.$inferSelect;

export const defaultSettings = (tenantId: string): TenantSettings => ({
  tenantId,
  idleTimeoutMinutes: 15,
  absoluteTimeoutHours: 12,
  lockoutThreshold: 10,
  invitationValidDays: 7,
  digidEnabled: false,
  eherkenningEnabled: false,
  requireStrongSecondFactorForProfessionals: false,
  passwordMinLength: 12,
  passkeysEnabled: true,
  version: 0,
  updatedAt: new Date(0),
});

/** The tenant's settings, or the defaults when the administrator never changed them (version 0). */
export async function settingsOf(tx: Tx, tenantId: string): Promise<TenantSettings> {
  const [row] = await tx.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
  return row ?? defaultSettings(tenantId);
}

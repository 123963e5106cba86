import { eq } from 'drizzle-orm';
import { tenantSettings, tenants, termsVersions } from '../db/schema/index.js';
import { inTenant, type Database, type Tx } from '../platform/db/index.js';
import { validation } from '../platform/errors.js';
import { insertDefaultCatalogue } from '../modules/dossier/index.js';

/** The first terms of use of a new municipality; its administrator publishes its own version in /werk/beheer. */
export const defaultTerms = {
  bodyNl: [
    'Samenplan is de omgeving waarin u samen met uw naasten en hulpverleners aan uw plan werkt.',
    'U gebruikt uw eigen account en deelt uw wachtwoord en inlogcodes met niemand.',
    'U ziet alleen wat over u gaat of wat u mag zien. Wie uw gegevens bekijkt, wordt vastgelegd; dat kunt u zelf nakijken.',
    'Ziet u iets dat niet klopt, of denkt u dat iemand anders in uw account is geweest? Meld het bij uw hulpverlener.',
  ].join('\n\n'),
  bodyEn: [
    'Samenplan is where you work on your plan together with the people close to you and your professionals.',
    'You use your own account and share your password and sign-in codes with nobody.',
    'You only see what is about you or what you may see. Who looks at your data is recorded; you can check that yourself.',
    'If something is wrong, or you think someone else used your account, tell your professional.',
  ].join('\n\n'),
};

export interface TenantDefaultsOptions {
  now: Date;
  /** The text of terms version 1; the default text when absent. */
  terms?: { bodyNl: string; bodyEn: string };
  /** Settings that differ from the column defaults (the demo switches on the stand-in DigiD and eHerkenning). */
  settings?: Partial<Omit<typeof tenantSettings.$inferInsert, 'tenantId'>>;
}

/**
 * What every tenant starts with, whoever creates it (the `tenant:create` command or the demo seed), so the two cannot
 * drift: the catalogues of the dossier forms, the security settings row, and terms of use version 1.
 */
export async function provisionTenantDefaults(tx: Tx, tenantId: string, options: TenantDefaultsOptions): Promise<{ termsVersion: number }> {
  await insertDefaultCatalogue(tx, tenantId);
  await tx.insert(tenantSettings).values({ ...options.settings, tenantId, updatedAt: options.now });
  const terms = options.terms ?? defaultTerms;
  await tx.insert(termsVersions).values({ tenantId, version: 1, bodyNl: terms.bodyNl, bodyEn: terms.bodyEn, publishedAt: options.now, createdAt: options.now });
  return { termsVersion: 1 };
}

/** A race for the slug lost at the unique constraint, on the error or on its cause (drizzle wraps driver errors). */
function isSlugTaken(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505' && constraint === 'tenant_slug_unique') return true;
  }
  return false;
}

/**
 * Creates a tenant with its defaults and then runs `work` inside it, all in ONE owner transaction: when anything
 * fails, no tenant, no default and nothing of `work` remains. A slug in use is a 400 naming `slug`, also when two
 * callers race for it (the unique index decides).
 */
export async function withNewTenant<T>(
  database: Database,
  tenant: { slug: string; name: string },
  options: TenantDefaultsOptions,
  work: (tx: Tx, tenantId: string, defaults: { termsVersion: number }) => Promise<T>,
): Promise<T> {
  const taken = validation([{ field: 'slug', code: 'taken' }]);
  try {
    return await database.owner.transaction(async (ownerTx) => {
      if ((await ownerTx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, tenant.slug))).length > 0) throw taken;
      const [row] = await ownerTx.insert(tenants).values({ slug: tenant.slug, name: tenant.name, createdAt: options.now }).returning({ id: tenants.id });
      const tenantId = row!.id;
      return inTenant(ownerTx as never, tenantId, async (tx) => work(tx, tenantId, await provisionTenantDefaults(tx, tenantId, options)));
    });
  } catch (error) {
    if (isSlugTaken(error)) throw taken;
    throw error;
  }
}

import type { FieldCipher } from '../platform/crypto.js';
import type { Tx } from '../platform/db/index.js';

/** What part seeders get: the ids the tenant seed made, by the keys of demo-tenant.ts and demo-dossiers.ts. */
export interface DemoContext {
  tx: Tx;
  tenantId: string;
  cipher: FieldCipher;
  /** Seeding time; relative dates (last week, next month) are computed from it so the demo always looks current. */
  now: Date;
  people: Map<string, string>;
  organisations: Map<string, string>;
  teams: Map<string, string>;
  dossiers: Map<string, string>;
}

/** `days` from `now` as a `YYYY-MM-DD` date. */
export function dayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function requireId(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo seed: unknown key ${key}`);
  return id;
}

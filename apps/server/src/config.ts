import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** A key is 32 bytes, written as base64; a key ring is `id:key,id:key` with the active key first. */
const keyRing = z
  .string()
  .min(1)
  .transform((value, ctx) => {
    const keys = new Map<string, Buffer>();
    for (const part of value.split(',')) {
      const [id, encoded] = part.trim().split(':');
      const key = encoded ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
      if (!id || key.length !== 32) {
        ctx.addIssue({ code: 'custom', message: 'expected id:base64 pairs of 32-byte keys, comma separated' });
        return z.NEVER;
      }
      keys.set(id, key);
    }
    return { activeKeyId: value.split(':')[0]!.trim(), keys };
  });

const base64Key = z
  .string()
  .transform((value, ctx) => {
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32) {
      ctx.addIssue({ code: 'custom', message: 'expected 32 bytes written as base64' });
      return z.NEVER;
    }
    return key;
  });

const environment = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^(postgres(ql)?:\/\/|pglite:\/\/memory$)/, 'expected postgres://… or pglite://memory')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ENCRYPTION_KEYS: keyRing.optional(),
    BSN_HASH_KEY: base64Key.optional(),
    SEED_DEMO: booleanFlag.optional(),
    WEB_DIST: z.string().min(1).optional(),
    TRUST_PROXY: booleanFlag.default(false),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'expected smtp://… or smtps://…').optional(),
    MAIL_FROM: z.string().min(3).default('Samenplan <noreply@samenplan.localhost>'),
    MAIL_CAPTURE: booleanFlag.optional(),
    MAIL_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    DEV_OIDC_BROKER: booleanFlag.optional(),
    DEV_OIDC_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const name of ['DATABASE_URL', 'ENCRYPTION_KEYS', 'BSN_HASH_KEY', 'PUBLIC_URL', 'SMTP_URL'] as const) {
      if (env[name] === undefined) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'required when NODE_ENV=production' });
      }
    }
    if (env.DATABASE_URL?.startsWith('pglite')) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'the embedded database is not for production' });
    }
    if (env.DEV_OIDC_BROKER) {
      ctx.addIssue({ code: 'custom', path: ['DEV_OIDC_BROKER'], message: 'the stand-in DigiD broker is for development only' });
    }
    if (env.MAIL_CAPTURE) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_CAPTURE'], message: 'captured mail is for development only' });
    }
    if (env.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'demo data is never seeded in production' });
    }
  });

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string; poolSize: number };

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  publicUrl: string;
  logLevel: string;
  database: DatabaseTarget;
  dataDir: string;
  crypto: { activeKeyId: string; keys: Map<string, Buffer>; bsnHashKey: Buffer } | null;
  seedDemo: boolean;
  webDist: string;
  trustProxy: boolean;
  bodyLimit: number;
  mail: { smtpUrl: string | null; from: string; capture: boolean; pollMs: number };
  /** DigiD/eHerkenning broker: a real one from config, or the local stand-in outside production. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | { devBrokerPort: number } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Reads and validates the environment. Every problem names the variable it is about. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const definedOnly = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environment.safeParse(definedOnly);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  const env = parsed.data;
  const dataDir = path.resolve(repoRoot, env.DATA_DIR);
  const database: DatabaseTarget =
    env.DATABASE_URL === undefined
      ? { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') }
      : env.DATABASE_URL === 'pglite://memory'
        ? { kind: 'pglite', dataDir: null }
        : { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE };
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    logLevel: env.LOG_LEVEL,
    database,
    dataDir,
    crypto: env.ENCRYPTION_KEYS && env.BSN_HASH_KEY ? { ...env.ENCRYPTION_KEYS, bsnHashKey: env.BSN_HASH_KEY } : null,
    seedDemo: env.SEED_DEMO ?? env.NODE_ENV !== 'production',
    webDist: path.resolve(repoRoot, env.WEB_DIST ?? 'apps/web/dist'),
    trustProxy: env.TRUST_PROXY,
    bodyLimit: env.BODY_LIMIT_BYTES,
    mail: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM,
      capture: env.MAIL_CAPTURE ?? (env.NODE_ENV !== 'production' && env.SMTP_URL === undefined),
      pollMs: env.MAIL_POLL_MS,
    },
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET }
        : (env.DEV_OIDC_BROKER ?? env.NODE_ENV !== 'production')
          ? { devBrokerPort: env.DEV_OIDC_PORT }
          : null,
  };
}

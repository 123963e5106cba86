import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const key = Buffer.alloc(32, 7).toString('base64');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('names the variable when a value is wrong', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual([expect.stringMatching(/^DATABASE_URL: expected postgres/)]);
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toEqual([expect.stringMatching(/^LOG_LEVEL: /)]);
    expect(problemsOf({ ENCRYPTION_KEYS: 'k1:tooshort' })).toEqual([expect.stringMatching(/^ENCRYPTION_KEYS: expected id:base64/)]);
    expect(problemsOf({ BSN_HASH_KEY: 'abc' })).toEqual([expect.stringMatching(/^BSN_HASH_KEY: expected 32 bytes/)]);
  });

  it('refuses production without a real database, keys and public URL, and never seeds demo data there', () => {
    const problems = problemsOf({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DATABASE_URL: required/),
        expect.stringMatching(/^ENCRYPTION_KEYS: required/),
        expect.stringMatching(/^BSN_HASH_KEY: required/),
        expect.stringMatching(/^PUBLIC_URL: required/),
        expect.stringMatching(/^SMTP_URL: required/),
        expect.stringMatching(/^SEED_DEMO: demo data is never seeded/),
      ]),
    );
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'pglite://memory', ENCRYPTION_KEYS: `k1:${key}`, BSN_HASH_KEY: key, PUBLIC_URL: 'https://x.example', SMTP_URL: 'smtp://mail.example:25' })).toEqual([
      expect.stringMatching(/^DATABASE_URL: the embedded database is not for production/),
    ]);
  });

  it('defaults to the embedded database in ./data with demo data outside production', () => {
    const config = loadConfig({});
    expect(config.database).toMatchObject({ kind: 'pglite' });
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data[/\\]pglite$/);
    expect(config.port).toBe(3000);
    expect(config.seedDemo).toBe(true);
  });

  it('reads a key ring with the active key first, so older keys still decrypt', () => {
    const other = Buffer.alloc(32, 9).toString('base64');
    const config = loadConfig({ ENCRYPTION_KEYS: `new:${key},old:${other}`, BSN_HASH_KEY: key });
    expect(config.crypto?.activeKeyId).toBe('new');
    expect([...config.crypto!.keys.keys()]).toEqual(['new', 'old']);
  });
});

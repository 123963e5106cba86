import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface KeyRing {
  activeKeyId: string;
  keys: Map<string, Buffer>;
  bsnHashKey: Buffer;
}

/**
 * Application-level encryption for the BSN and free-text health notes (AES-256-GCM). The stored form names its key,
 * so old values stay readable after a new key is put first in ENCRYPTION_KEYS.
 */
export class FieldCipher {
  constructor(private readonly ring: KeyRing) {}

  encrypt(plaintext: string): string {
    const key = this.ring.keys.get(this.ring.activeKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v1', this.ring.activeKeyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [version, keyId, iv, tag, ciphertext] = stored.split(':');
    const key = keyId ? this.ring.keys.get(keyId) : undefined;
    if (version !== 'v1' || !key || !iv || !tag || ciphertext === undefined) throw new Error('unreadable encrypted value');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Whether a stored value was written with an older key and should be re-encrypted. */
  needsRotation(stored: string): boolean {
    return stored.split(':')[1] !== this.ring.activeKeyId;
  }

  /** A keyed hash for exact lookups (find a resident by BSN) without storing the BSN in clear. */
  lookupHash(value: string): string {
    return createHmac('sha256', this.ring.bsnHashKey).update(value.trim()).digest('hex');
  }
}

/**
 * Outside production a key ring is made on first start and kept in the data folder, so `npm start` needs no set-up
 * and encrypted demo data stays readable across restarts. With no data folder (in-memory database) it lives in memory.
 */
export function developmentKeyRing(dataDir: string | null): KeyRing {
  const fresh = () => ({ activeKeyId: 'dev1', key: randomBytes(32).toString('base64'), bsnHashKey: randomBytes(32).toString('base64') });
  let stored = fresh();
  if (dataDir) {
    const file = path.join(dataDir, 'development-keys.json');
    if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof stored;
    else {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
    }
  }
  return {
    activeKeyId: stored.activeKeyId,
    keys: new Map([[stored.activeKeyId, Buffer.from(stored.key, 'base64')]]),
    bsnHashKey: Buffer.from(stored.bsnHashKey, 'base64'),
  };
}

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from './crypto.js';

const ring = (active: string, keys: [string, Buffer][]) => ({ activeKeyId: active, keys: new Map(keys), bsnHashKey: randomBytes(32) });

describe('field encryption', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it('refuses a value whose ciphertext was changed', () => {
    const cipher = new FieldCipher(ring('k1', [['k1', k1]]));
    const stored = cipher.encrypt('999990019');
    const parts = stored.split(':');
    parts[4] = Buffer.from('999990020').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('does not store the plaintext and gives a different ciphertext each time', () => {
    const cipher = new FieldCipher(ring('k1', [['k1', k1]]));
    const a = cipher.encrypt('999990019');
    expect(a).not.toContain('999990019');
    expect(a).not.toBe(cipher.encrypt('999990019'));
    expect(cipher.decrypt(a)).toBe('999990019');
  });

  it('keeps reading values of an older key after rotation and marks them for re-encryption', () => {
    const before = new FieldCipher(ring('k1', [['k1', k1]]));
    const stored = before.encrypt('geheime notitie');
    const after = new FieldCipher(ring('k2', [['k2', k2], ['k1', k1]]));
    expect(after.decrypt(stored)).toBe('geheime notitie');
    expect(after.needsRotation(stored)).toBe(true);
    expect(after.needsRotation(after.encrypt('x'))).toBe(false);
  });

  it('looks up by a keyed hash that differs per key', () => {
    const a = new FieldCipher(ring('k1', [['k1', k1]]));
    const b = new FieldCipher(ring('k1', [['k1', k1]]));
    expect(a.lookupHash('999990019')).toBe(a.lookupHash(' 999990019 '));
    expect(a.lookupHash('999990019')).not.toBe(b.lookupHash('999990019'));
  });
});

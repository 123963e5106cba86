import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored as their SHA-256: a leaked table does not give working sessions. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

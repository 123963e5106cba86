import { hash, verify } from '@node-rs/argon2';

// A hash of nothing anyone knows: unknown accounts are verified against it so they take as long as known ones.
const decoy = hash('samenplan-decoy-password-never-valid');

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Verifies against the stored hash, or against the decoy when there is none, so timing does not tell which. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await decoy, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))));
}

/**
 * Hash a password with scrypt (node:crypto): `scrypt$N$r$p$salt$hash`.
 *
 * @example
 * const stored = await hashPassword('correct horse'); await verifyPassword('correct horse', stored); // true
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    await derive(password, randomBytes(16)); // same work either way: no timing hint that the user has no password
    return false;
  }
  const key = await derive(password, Buffer.from(parts[4] ?? '', 'base64url'));
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/** A high-entropy random token with a recognisable prefix (`trb_...`, `trs_...`). */
export function randomToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are stored as their sha256 (they are random, so no salt or slow hash is needed). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

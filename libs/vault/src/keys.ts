import { createHash, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { VaultConfigError } from './errors.js';

/** Key length for AES-256, in bytes. */
export const KEY_BYTES = 32;

const KEY_HEX = /^[0-9a-fA-F]{64}$/;
const KEY_ID_PREFIX = 'tributary-vault/key-id/v1\0';

/** A validated key: the secret itself (as a non-printable KeyObject) and its public id. */
export interface VaultKey {
  readonly id: string;
  readonly secret: KeyObject;
}

/**
 * A fresh random key: 32 bytes as 64 lowercase hex characters.
 *
 * @example
 * const key = generateKeyHex(); // 'a3f1…' (64 chars), suitable for CONNECTOR_ENCRYPTION_KEY
 */
export function generateKeyHex(): string {
  return randomBytes(KEY_BYTES).toString('hex');
}

/**
 * The key's id: the first 8 hex characters of SHA-256 over a domain-separation
 * prefix and the key bytes. Stable, needs no bookkeeping, reveals nothing useful.
 *
 * @example
 * keyIdOf(Buffer.alloc(32)) // always the same 8 hex characters for the same key
 */
export function keyIdOf(keyBytes: Buffer): string {
  return createHash('sha256').update(KEY_ID_PREFIX).update(keyBytes).digest('hex').slice(0, 8);
}

/**
 * Validate a 64-hex key (surrounding whitespace is trimmed) and derive its id.
 * `label` names the setting in the error message; the value is never echoed.
 *
 * @example
 * const key = parseKeyHex(process.env.CONNECTOR_ENCRYPTION_KEY, 'CONNECTOR_ENCRYPTION_KEY');
 */
export function parseKeyHex(hex: string | undefined, label: string): VaultKey {
  if (hex === undefined) throw new VaultConfigError(`${label} is not set.`);
  if (typeof hex !== 'string') throw new VaultConfigError(`${label} must be a string of 64 hex characters.`);
  const trimmed = hex.trim();
  if (trimmed === '') throw new VaultConfigError(`${label} is empty.`);
  if (!KEY_HEX.test(trimmed)) {
    throw new VaultConfigError(
      `${label} must be exactly 64 hexadecimal characters (32 bytes); the configured value has ` +
        `${trimmed.length} characters${/^[0-9a-fA-F]*$/.test(trimmed) ? '' : ' and contains non-hex characters'}.`,
    );
  }
  const bytes = Buffer.from(trimmed, 'hex');
  const key: VaultKey = { id: keyIdOf(bytes), secret: createSecretKey(bytes) };
  bytes.fill(0);
  return key;
}

/**
 * Split a comma-separated key list, trimming entries and ignoring empty ones
 * (so a trailing comma is harmless). Entries are validated by the caller.
 *
 * @example
 * splitKeyList(' aa…, bb…,') // ['aa…', 'bb…']
 */
export function splitKeyList(list: string | undefined): string[] {
  if (list === undefined) return [];
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Index keys by id, current first. Repeating a key is harmless; two different
 * keys with the same id (a 1-in-4-billion accident) is refused.
 *
 * @example
 * const ring = buildKeyRing(current, previous); ring.get(current.id) === current
 */
export function buildKeyRing(current: VaultKey, previous: readonly VaultKey[]): Map<string, VaultKey> {
  const ring = new Map<string, VaultKey>([[current.id, current]]);
  for (const key of previous) {
    const existing = ring.get(key.id);
    if (existing && !existing.secret.equals(key.secret)) {
      throw new VaultConfigError(`Two configured keys share the key id ${key.id}; replace one of them.`);
    }
    if (!existing) ring.set(key.id, key);
  }
  return ring;
}

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ENVELOPE_VERSION, IV_BYTES, TAG_BYTES, associatedData, formatEnvelope, parseEnvelope, type VaultBinding } from './envelope.js';
import { VaultDecryptError, VaultError } from './errors.js';
import { buildKeyRing, parseKeyHex, splitKeyList, type VaultKey } from './keys.js';

const CIPHER = 'aes-256-gcm';
/** The environment variable holding the current key (64 hex characters). */
export const KEY_ENV = 'CONNECTOR_ENCRYPTION_KEY';
/** The environment variable listing older keys still accepted for decryption (comma-separated). */
export const PREVIOUS_KEYS_ENV = 'CONNECTOR_ENCRYPTION_KEYS_PREVIOUS';

/**
 * Encrypts connector credentials with AES-256-GCM, bound to one tenant's one
 * connector, and decrypts them with the current or any previous key.
 * Create one per process from the environment and pass it to whoever needs it.
 *
 * @example
 * const vault = Vault.fromEnv();
 * const stored = vault.encrypt({ accessToken }, { tenantId, connectorId });
 * const config = vault.decrypt<{ accessToken: string }>(stored, { tenantId, connectorId });
 */
export class Vault {
  readonly #current: VaultKey;
  readonly #keys: Map<string, VaultKey>;

  /**
   * @param currentKeyHex the key new ciphertexts are written with (64 hex characters)
   * @param previousKeysHex older keys still accepted for decryption
   * @throws VaultConfigError when any key is missing or malformed
   *
   * @example
   * const vault = new Vault(generateKeyHex(), [oldKeyHex]);
   */
  constructor(currentKeyHex: string, previousKeysHex: string[] = []) {
    this.#current = parseKeyHex(currentKeyHex, 'The current encryption key');
    const previous = previousKeysHex.map((hex, i) => parseKeyHex(hex, `Previous encryption key #${i + 1}`));
    this.#keys = buildKeyRing(this.#current, previous);
  }

  /**
   * Build a vault from `CONNECTOR_ENCRYPTION_KEY` and the optional
   * `CONNECTOR_ENCRYPTION_KEYS_PREVIOUS`.
   *
   * @throws VaultConfigError naming the variable and how to generate a key
   * @example
   * const vault = Vault.fromEnv(); // or Vault.fromEnv({ CONNECTOR_ENCRYPTION_KEY: generateKeyHex() })
   */
  static fromEnv(env: Record<string, string | undefined> = process.env): Vault {
    // Validate under the variables' names first so the error says which one to fix.
    const current = env[KEY_ENV];
    parseKeyHex(current, KEY_ENV);
    const previous = splitKeyList(env[PREVIOUS_KEYS_ENV]);
    previous.forEach((hex, i) => parseKeyHex(hex, `${PREVIOUS_KEYS_ENV} entry #${i + 1}`));
    return new Vault(current ?? '', previous);
  }

  /**
   * The id of the key new envelopes are written with.
   *
   * @example
   * vault.currentKeyId // '1a2b3c4d'
   */
  get currentKeyId(): string {
    return this.#current.id;
  }

  /**
   * JSON-serialize `value` and encrypt it with the current key and a fresh IV.
   *
   * @throws VaultError when the binding is incomplete or the value is not JSON
   * @example
   * vault.encrypt({ apiKey: 'sk_test_…' }, { tenantId: 't1', connectorId: 'c1' }) // 'v1.1a2b3c4d.…'
   */
  encrypt(value: unknown, binding: VaultBinding): string {
    assertBinding(binding);
    const plaintext = serialize(value);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(CIPHER, this.#current.secret, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(ENVELOPE_VERSION, this.#current.id, binding));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    plaintext.fill(0);
    const tag = cipher.getAuthTag();
    return formatEnvelope({ version: ENVELOPE_VERSION, keyId: this.#current.id, iv, tag, ciphertext });
  }

  /**
   * Decrypt an envelope written for the same binding by any configured key.
   * The result is unvalidated JSON: parse it with a schema before use.
   *
   * @throws VaultDecryptError on a malformed envelope, unknown key, wrong binding or tampering
   * @example
   * const creds = CredentialsSchema.parse(vault.decrypt(stored, { tenantId, connectorId }));
   */
  decrypt<T = unknown>(envelope: string, binding: VaultBinding): T {
    assertBinding(binding);
    const parsed = parseEnvelope(envelope);
    const key = this.#keys.get(parsed.keyId);
    if (!key) throw new VaultDecryptError('unknown_key');
    let plaintext: Buffer;
    try {
      const decipher = createDecipheriv(CIPHER, key.secret, parsed.iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(parsed.version, parsed.keyId, binding));
      decipher.setAuthTag(parsed.tag);
      plaintext = Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]);
    } catch {
      throw new VaultDecryptError('authentication_failed');
    }
    try {
      return JSON.parse(plaintext.toString('utf8')) as T;
    } catch {
      throw new VaultDecryptError('malformed');
    } finally {
      plaintext.fill(0);
    }
  }

  /**
   * True when the envelope was written with a key other than the current one.
   *
   * @throws VaultDecryptError when the envelope is malformed
   * @example
   * if (vault.needsReencrypt(stored)) stored = vault.reencrypt(stored, binding);
   */
  needsReencrypt(envelope: string): boolean {
    return parseEnvelope(envelope).keyId !== this.#current.id;
  }

  /**
   * Decrypt with whichever configured key wrote the envelope and encrypt again
   * with the current key (always a fresh IV, even when the key is unchanged).
   *
   * @example
   * const rotated = vault.reencrypt(stored, { tenantId, connectorId });
   */
  reencrypt(envelope: string, binding: VaultBinding): string {
    return this.encrypt(this.decrypt(envelope, binding), binding);
  }
}

function assertBinding(binding: VaultBinding): void {
  const ok = (part: unknown): boolean => typeof part === 'string' && part !== '';
  if (!binding || !ok(binding.tenantId) || !ok(binding.connectorId)) {
    throw new VaultError('A vault binding needs a non-empty tenantId and connectorId.');
  }
}

function serialize(value: unknown): Buffer {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) throw new VaultError('The value to encrypt is not JSON-serializable.');
  return Buffer.from(json, 'utf8');
}

/**
 * The vault's errors. Messages are written for the person who has to fix the
 * problem and never contain plaintext, key material or the envelope.
 */

/**
 * Base class of every vault failure; catch it to handle them all.
 *
 * @example
 * try { vault.decrypt(stored, binding); } catch (e) { if (e instanceof VaultError) markNeedsReconnect(); }
 */
export class VaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultError';
  }
}

/** The shell command that prints a fresh key, quoted in every configuration message. */
export const GENERATE_KEY_COMMAND = `node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`;

/**
 * A key is missing or malformed. Thrown at start-up, before any data is touched.
 *
 * @example
 * throw new VaultConfigError('CONNECTOR_ENCRYPTION_KEY is not set.');
 */
export class VaultConfigError extends VaultError {
  constructor(problem: string) {
    super(`${problem} Generate a key with: ${GENERATE_KEY_COMMAND}`);
    this.name = 'VaultConfigError';
  }
}

/** Why a decryption failed, for logs and metrics (the message says the same in words). */
export type VaultDecryptReason = 'malformed' | 'unsupported_version' | 'unknown_key' | 'authentication_failed';

const DECRYPT_MESSAGES: Record<VaultDecryptReason, string> = {
  malformed: 'Credentials could not be decrypted: the stored envelope is malformed.',
  unsupported_version: 'Credentials could not be decrypted: the envelope version is not supported by this build.',
  unknown_key:
    'Credentials could not be decrypted: they were encrypted with a key that is not configured. ' +
    'Add the old key to CONNECTOR_ENCRYPTION_KEYS_PREVIOUS, or reconnect the integration.',
  authentication_failed: 'Credentials could not be decrypted: wrong key, wrong tenant/connector binding, or tampered ciphertext.',
};

/**
 * Stored credentials could not be decrypted. `reason` tells the cases apart.
 *
 * @example
 * throw new VaultDecryptError('authentication_failed');
 */
export class VaultDecryptError extends VaultError {
  readonly reason: VaultDecryptReason;

  constructor(reason: VaultDecryptReason) {
    super(DECRYPT_MESSAGES[reason]);
    this.name = 'VaultDecryptError';
    this.reason = reason;
  }
}

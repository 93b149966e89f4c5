import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VaultConfigError } from './errors.js';
import { generateKeyHex } from './keys.js';
import { KEY_ENV, Vault } from './vault.js';

export interface DevKeyOptions {
  /** Where the development key file lives (`<dataDir>/dev-encryption-key`). */
  dataDir: string;
  env?: Record<string, string | undefined>;
  /**
   * This process shares its database with others (the gateway and Temporal
   * workers): refuse the development key, which no other process can read.
   */
  shared?: boolean;
}

/**
 * Why a process that shares its database needs CONNECTOR_ENCRYPTION_KEY
 * (the gateway on Temporal, every worker): quoted in their start-up errors.
 */
export const SHARED_KEY_REQUIRED =
  `${KEY_ENV} must be set: this process shares its database with other processes (the gateway and the Temporal workers), ` +
  'which must all encrypt and decrypt credentials with the same key. A development key generated in one data directory ' +
  'is unknown to the others (credentials stored by one could not be decrypted by another), so it is used only by the ' +
  'single-process embedded default. Export the same key to the gateway and every worker.';

export interface LoadedVault {
  vault: Vault;
  /** `env` when CONNECTOR_ENCRYPTION_KEY is set; `dev-file` for the generated development key. */
  source: 'env' | 'dev-file';
  /** True when this call generated the development key. */
  created: boolean;
}

/**
 * The vault for the embedded default: CONNECTOR_ENCRYPTION_KEY when set;
 * otherwise a development key generated once under the data directory
 * (mode 0600). Refuses to generate one when NODE_ENV is `production`, or
 * for a process that shares its database with others (`shared`).
 *
 * @example
 * const { vault, source } = loadVault({ dataDir: '.data' });
 */
export function loadVault(options: DevKeyOptions): LoadedVault {
  const env = options.env ?? process.env;
  if (env[KEY_ENV] !== undefined) return { vault: Vault.fromEnv(env), source: 'env', created: false };
  if (options.shared) throw new VaultConfigError(SHARED_KEY_REQUIRED);
  if (env['NODE_ENV'] === 'production') {
    throw new VaultConfigError(`${KEY_ENV} must be set in production (a development key is never generated there).`);
  }
  const file = join(options.dataDir, 'dev-encryption-key');
  const created = !existsSync(file);
  if (created) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${generateKeyHex()}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return { vault: Vault.fromEnv({ ...env, [KEY_ENV]: readFileSync(file, 'utf8').trim() }), source: 'dev-file', created };
}

export { Vault, KEY_ENV, PREVIOUS_KEYS_ENV } from './vault.js';
export { generateKeyHex, keyIdOf } from './keys.js';
export { ENVELOPE_VERSION, type VaultBinding } from './envelope.js';
export { VaultError, VaultConfigError, VaultDecryptError, GENERATE_KEY_COMMAND, type VaultDecryptReason } from './errors.js';
export { loadVault, SHARED_KEY_REQUIRED, type DevKeyOptions, type LoadedVault } from './dev-key.js';

import { describe, expect, it } from 'vitest';
import { GENERATE_KEY_COMMAND, VaultConfigError } from './errors.js';
import { generateKeyHex } from './keys.js';
import { Vault } from './vault.js';

function configError(fn: () => unknown): VaultConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof VaultConfigError) return error;
    throw error;
  }
  throw new Error('expected a VaultConfigError');
}

const hex = generateKeyHex();
const badKeys: Array<[string, string | undefined]> = [
  ['missing', undefined],
  ['empty', ''],
  ['only whitespace', '   '],
  ['63 characters', hex.slice(0, 63)],
  ['65 characters', `${hex}a`],
  ['128 characters', hex + hex],
  ['non-hex', `${hex.slice(0, 62)}zz`],
  ['inner whitespace', `${hex.slice(0, 32)} ${hex.slice(32, 63)}`],
  ['0x prefix', `0x${hex.slice(0, 62)}`],
  ['base64 of 32 bytes', Buffer.from(hex, 'hex').toString('base64')],
];

describe('Vault.fromEnv', () => {
  it('reads the current key and the previous keys', () => {
    const previous = [generateKeyHex(), generateKeyHex()];
    const vault = Vault.fromEnv({
      CONNECTOR_ENCRYPTION_KEY: `  ${hex}\n`,
      CONNECTOR_ENCRYPTION_KEYS_PREVIOUS: ` ${previous[0]} ,${previous[1]},`,
    });
    expect(vault.currentKeyId).toBe(new Vault(hex).currentKeyId);
    for (const old of previous) {
      const envelope = new Vault(old).encrypt({ ok: old.slice(0, 4) }, { tenantId: 't', connectorId: 'c' });
      expect(vault.decrypt(envelope, { tenantId: 't', connectorId: 'c' })).toEqual({ ok: old.slice(0, 4) });
    }
  });

  it('treats an empty previous-keys variable as none', () => {
    expect(Vault.fromEnv({ CONNECTOR_ENCRYPTION_KEY: hex, CONNECTOR_ENCRYPTION_KEYS_PREVIOUS: '' }).currentKeyId).toMatch(/^[0-9a-f]{8}$/);
  });

  it.each(badKeys)('rejects a %s CONNECTOR_ENCRYPTION_KEY without echoing it', (_name, value) => {
    const error = configError(() => Vault.fromEnv({ CONNECTOR_ENCRYPTION_KEY: value }));
    expect(error.message).toContain('CONNECTOR_ENCRYPTION_KEY');
    expect(error.message).toContain(GENERATE_KEY_COMMAND);
    if (value?.trim()) expect(error.message).not.toContain(value.trim());
    if (value?.trim()) expect(error.message).not.toContain(value.trim().slice(0, 16));
  });

  it.each(badKeys.filter(([, value]) => value?.trim()))(
    'rejects a %s entry in CONNECTOR_ENCRYPTION_KEYS_PREVIOUS and says which one',
    (_name, value) => {
      const error = configError(() =>
        Vault.fromEnv({ CONNECTOR_ENCRYPTION_KEY: hex, CONNECTOR_ENCRYPTION_KEYS_PREVIOUS: `${generateKeyHex()},${value}` }),
      );
      expect(error.message).toContain('CONNECTOR_ENCRYPTION_KEYS_PREVIOUS entry #2');
      expect(error.message).not.toContain(String(value).trim().slice(0, 16));
    },
  );

  it('reads process.env by default', () => {
    const saved = process.env.CONNECTOR_ENCRYPTION_KEY;
    process.env.CONNECTOR_ENCRYPTION_KEY = hex;
    try {
      expect(Vault.fromEnv().currentKeyId).toBe(new Vault(hex).currentKeyId);
    } finally {
      if (saved === undefined) delete process.env.CONNECTOR_ENCRYPTION_KEY;
      else process.env.CONNECTOR_ENCRYPTION_KEY = saved;
    }
  });
});

describe('new Vault', () => {
  it.each(badKeys.filter(([, value]) => value !== undefined))('rejects a %s current key', (_name, value) => {
    const error = configError(() => new Vault(value as string));
    expect(error.message).toContain('current encryption key');
    if (value?.trim()) expect(error.message).not.toContain(value.trim().slice(0, 16));
  });

  it('rejects a bad previous key and names its position', () => {
    const error = configError(() => new Vault(hex, [generateKeyHex(), 'abc']));
    expect(error.message).toContain('Previous encryption key #2');
    expect(error.message).not.toContain('abc');
  });
});

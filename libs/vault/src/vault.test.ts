import { describe, expect, it } from 'vitest';
import { VaultDecryptError, VaultError } from './errors.js';
import { generateKeyHex } from './keys.js';
import { Vault } from './vault.js';

const binding = { tenantId: 'tenant-1', connectorId: 'connector-1' };
const credentials = {
  accessToken: 'ya29.secret-access-token',
  refreshToken: '1//secret-refresh',
  expiresAt: 1_767_225_600_000,
  scopes: ['read', 'write'],
  instance: { url: 'https://acme.my.salesforce.com', sandbox: false, meta: null },
  note: 'ünïcödé ✓',
};

function decryptError(fn: () => unknown): VaultDecryptError {
  try {
    fn();
  } catch (error) {
    if (error instanceof VaultDecryptError) return error;
    throw error;
  }
  throw new Error('expected a VaultDecryptError');
}

describe('Vault encrypt/decrypt', () => {
  it('round-trips a nested JSON object and keeps it out of the envelope', () => {
    const vault = new Vault(generateKeyHex());
    const envelope = vault.encrypt(credentials, binding);
    expect(envelope.startsWith(`v1.${vault.currentKeyId}.`)).toBe(true);
    expect(envelope).not.toContain('secret');
    expect(vault.decrypt(envelope, binding)).toEqual(credentials);
  });

  it('round-trips JSON scalars and arrays too', () => {
    const vault = new Vault(generateKeyHex());
    for (const value of ['sk_test_123', 42, true, null, [1, 'two', { three: 3 }], {}]) {
      expect(vault.decrypt(vault.encrypt(value, binding), binding)).toEqual(value);
    }
  });

  it('uses a fresh 12-byte IV for every encryption of the same value', () => {
    const vault = new Vault(generateKeyHex());
    const envelopes = Array.from({ length: 20 }, () => vault.encrypt(credentials, binding));
    expect(new Set(envelopes).size).toBe(envelopes.length);
    const ivs = envelopes.map((e) => Buffer.from(e.split('.')[2] ?? '', 'base64url'));
    for (const iv of ivs) expect(iv).toHaveLength(12);
    expect(new Set(ivs.map((iv) => iv.toString('hex'))).size).toBe(ivs.length);
  });

  it('refuses a ciphertext moved to another tenant or another connector', () => {
    const vault = new Vault(generateKeyHex());
    const envelope = vault.encrypt(credentials, binding);
    for (const other of [
      { tenantId: 'tenant-2', connectorId: 'connector-1' },
      { tenantId: 'tenant-1', connectorId: 'connector-2' },
      { tenantId: 'connector-1', connectorId: 'tenant-1' },
    ]) {
      const error = decryptError(() => vault.decrypt(envelope, other));
      expect(error.reason).toBe('authentication_failed');
      expect(error.message).toMatch(/wrong tenant\/connector binding/);
    }
  });

  it('refuses the wrong key, even when the envelope is relabelled with its id', () => {
    const a = new Vault(generateKeyHex());
    const b = new Vault(generateKeyHex());
    const envelope = a.encrypt(credentials, binding);
    const relabelled = envelope.replace(a.currentKeyId, b.currentKeyId);
    expect(decryptError(() => b.decrypt(relabelled, binding)).reason).toBe('authentication_failed');
  });

  it('never puts plaintext, key material or the envelope in error messages', () => {
    const keyHex = generateKeyHex();
    const vault = new Vault(keyHex);
    const envelope = vault.encrypt(credentials, binding);
    const error = decryptError(() => vault.decrypt(envelope, { ...binding, tenantId: 'x' }));
    for (const leak of [credentials.accessToken, keyHex, envelope, envelope.split('.')[4] ?? '']) {
      expect(error.message).not.toContain(leak);
      expect(String(error.stack)).not.toContain(leak);
    }
  });

  it('rejects incomplete bindings and values JSON cannot represent', () => {
    const vault = new Vault(generateKeyHex());
    const envelope = vault.encrypt(credentials, binding);
    expect(() => vault.encrypt(credentials, { tenantId: '', connectorId: 'c' })).toThrow(VaultError);
    expect(() => vault.decrypt(envelope, { tenantId: 't', connectorId: '' })).toThrow(VaultError);
    expect(() => vault.encrypt(undefined, binding)).toThrow(/not JSON-serializable/);
    expect(() => vault.encrypt(10n, binding)).toThrow(/not JSON-serializable/);
  });

  it('does not expose key material when inspected or serialized', async () => {
    const keyHex = generateKeyHex();
    const vault = new Vault(keyHex);
    const { inspect } = await import('node:util');
    expect(inspect(vault, { depth: 5, showHidden: true })).not.toContain(keyHex);
    expect(JSON.stringify(vault)).not.toContain(keyHex);
  });
});

describe('Vault key rotation', () => {
  const keyA = generateKeyHex();
  const keyB = generateKeyHex();

  it('decrypts with a previous key, flags the envelope and re-encrypts it with the current key', () => {
    const onlyA = new Vault(keyA);
    const envelopeA = onlyA.encrypt(credentials, binding);
    const rotating = new Vault(keyB, [keyA]);
    expect(rotating.currentKeyId).not.toBe(onlyA.currentKeyId);
    expect(rotating.decrypt(envelopeA, binding)).toEqual(credentials);
    expect(rotating.needsReencrypt(envelopeA)).toBe(true);

    const envelopeB = rotating.reencrypt(envelopeA, binding);
    expect(envelopeB.split('.')[1]).toBe(rotating.currentKeyId);
    expect(rotating.needsReencrypt(envelopeB)).toBe(false);
    const onlyB = new Vault(keyB);
    expect(onlyB.currentKeyId).toBe(rotating.currentKeyId);
    expect(onlyB.decrypt(envelopeB, binding)).toEqual(credentials);
  });

  it('cannot decrypt an old envelope once the old key is removed', () => {
    const envelopeA = new Vault(keyA).encrypt(credentials, binding);
    const onlyB = new Vault(keyB);
    const error = decryptError(() => onlyB.decrypt(envelopeA, binding));
    expect(error.reason).toBe('unknown_key');
    expect(error.message).toContain('CONNECTOR_ENCRYPTION_KEYS_PREVIOUS');
    expect(decryptError(() => onlyB.reencrypt(envelopeA, binding)).reason).toBe('unknown_key');
  });

  it('keeps the binding through re-encryption', () => {
    const envelopeA = new Vault(keyA).encrypt(credentials, binding);
    const envelopeB = new Vault(keyB, [keyA]).reencrypt(envelopeA, binding);
    const other = { tenantId: 'tenant-2', connectorId: 'connector-1' };
    expect(decryptError(() => new Vault(keyB).decrypt(envelopeB, other)).reason).toBe('authentication_failed');
  });

  it('derives the same key id from the same key in every process', () => {
    expect(new Vault(keyA).currentKeyId).toBe(new Vault(keyA.toUpperCase()).currentKeyId);
    expect(new Vault(keyA).currentKeyId).toMatch(/^[0-9a-f]{8}$/);
  });
});

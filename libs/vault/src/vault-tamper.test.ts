import { describe, expect, it } from 'vitest';
import { VaultDecryptError } from './errors.js';
import { generateKeyHex } from './keys.js';
import { Vault } from './vault.js';

const binding = { tenantId: 'tenant-1', connectorId: 'connector-1' };
const secret = { apiKey: 'sk_test_tamper', nested: { list: [1, 2, 3], flag: true } };

/** Replace one base64url part of the envelope after applying `edit` to its bytes. */
function withPart(envelope: string, index: number, edit: (bytes: Buffer) => void): string {
  const parts = envelope.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  edit(bytes);
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VaultDecryptError) return error.reason;
    throw error;
  }
  return 'decrypted';
}

describe('Vault tamper detection', () => {
  const vault = new Vault(generateKeyHex());
  const envelope = vault.encrypt(secret, binding);

  it.each([
    ['IV', 2, 12],
    ['tag', 3, 16],
    ['ciphertext', 4, JSON.stringify(secret).length],
  ])('fails when any single byte of the %s is flipped', (_name, index, length) => {
    expect(
      vault.decrypt(
        withPart(envelope, index, () => undefined),
        binding,
      ),
    ).toEqual(secret);
    for (let position = 0; position < length; position += 1) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const tampered = withPart(envelope, index, (bytes) => {
          bytes[position] = (bytes[position] ?? 0) ^ mask;
        });
        expect(tampered).not.toBe(envelope);
        expect(
          reasonOf(() => vault.decrypt(tampered, binding)),
          `byte ${position}, mask ${mask}`,
        ).toBe('authentication_failed');
      }
    }
  });

  it('fails when the ciphertext is truncated or extended', () => {
    const shorter = withPart(envelope, 4, () => undefined).split('.');
    shorter[4] = Buffer.from(shorter[4] ?? '', 'base64url')
      .subarray(1)
      .toString('base64url');
    expect(reasonOf(() => vault.decrypt(shorter.join('.'), binding))).toBe('authentication_failed');
    const longer = envelope.split('.');
    longer[4] = Buffer.concat([Buffer.from(longer[4] ?? '', 'base64url'), Buffer.from([0])]).toString('base64url');
    expect(reasonOf(() => vault.decrypt(longer.join('.'), binding))).toBe('authentication_failed');
  });

  it('fails when parts are swapped between two envelopes of the same binding', () => {
    const other = vault.encrypt(secret, binding).split('.');
    const mine = envelope.split('.');
    const swappedIv = [mine[0], mine[1], other[2], mine[3], mine[4]].join('.');
    const swappedTag = [mine[0], mine[1], mine[2], other[3], mine[4]].join('.');
    expect(reasonOf(() => vault.decrypt(swappedIv, binding))).toBe('authentication_failed');
    expect(reasonOf(() => vault.decrypt(swappedTag, binding))).toBe('authentication_failed');
  });
});

describe('Vault malformed envelopes', () => {
  const vault = new Vault(generateKeyHex());
  const envelope = vault.encrypt(secret, binding);
  const [, keyId, iv, tag, ct] = envelope.split('.');

  it.each([
    ['empty string', '', 'malformed'],
    ['four parts', `v1.${keyId}.${iv}.${tag}`, 'malformed'],
    ['six parts', `${envelope}.AAAA`, 'malformed'],
    ['wrong version', `v2.${keyId}.${iv}.${tag}.${ct}`, 'unsupported_version'],
    ['garbage version', `V1.${keyId}.${iv}.${tag}.${ct}`, 'malformed'],
    ['unknown key id', `v1.00000000.${iv}.${tag}.${ct}`, 'unknown_key'],
    ['uppercase key id', `v1.ABCDEF12.${iv}.${tag}.${ct}`, 'malformed'],
    ['short key id', `v1.${(keyId ?? '').slice(0, 7)}.${iv}.${tag}.${ct}`, 'malformed'],
    ['padded base64', `v1.${keyId}.${iv}.${tag}.${ct}==`, 'malformed'],
    ['standard base64 alphabet', `v1.${keyId}.${iv}.${tag}.+/${ct}`, 'malformed'],
    ['not a string', 42 as unknown as string, 'malformed'],
  ])('rejects %s with VaultDecryptError', (_name, input, reason) => {
    expect(() => vault.decrypt(input, binding)).toThrow(VaultDecryptError);
    expect(reasonOf(() => vault.decrypt(input, binding))).toBe(reason);
  });

  it('needsReencrypt reads only the header and rejects malformed envelopes', () => {
    expect(vault.needsReencrypt(envelope)).toBe(false);
    expect(vault.needsReencrypt(`v1.00000000.${iv}.${tag}.${ct}`)).toBe(true);
    expect(() => vault.needsReencrypt('v1.only-three.parts')).toThrow(VaultDecryptError);
  });
});

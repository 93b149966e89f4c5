import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { associatedData, formatEnvelope, parseEnvelope, type Envelope } from './envelope.js';
import { VaultDecryptError } from './errors.js';

function sample(): Envelope {
  return { version: 'v1', keyId: '0a1b2c3d', iv: randomBytes(12), tag: randomBytes(16), ciphertext: randomBytes(40) };
}

function reasonOf(text: string): string | undefined {
  try {
    parseEnvelope(text);
  } catch (error) {
    if (error instanceof VaultDecryptError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('formatEnvelope / parseEnvelope', () => {
  it('round-trips five dot-separated parts with unpadded base64url', () => {
    const envelope = sample();
    const text = formatEnvelope(envelope);
    expect(text.split('.')).toHaveLength(5);
    expect(text).toMatch(/^v1\.0a1b2c3d\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(parseEnvelope(text)).toEqual(envelope);
  });

  it('rejects a non-canonical base64url spelling of the same bytes', () => {
    const parts = formatEnvelope(sample()).split('.');
    // 12 bytes encode to 16 chars with no spare bits, so use the 16-byte tag (22 chars, 4 spare bits).
    const tag = parts[3] ?? '';
    const last = tag.at(-1) ?? 'A';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] ?? 'A';
    parts[3] = tag.slice(0, -1) + sibling;
    expect(Buffer.from(parts[3], 'base64url')).toEqual(Buffer.from(tag, 'base64url'));
    expect(reasonOf(parts.join('.'))).toBe('malformed');
  });

  it('classifies malformed input without echoing it', () => {
    const good = formatEnvelope(sample());
    const [, keyId, iv, tag, ct] = good.split('.');
    expect(reasonOf('')).toBe('malformed');
    expect(reasonOf(good.split('.').slice(0, 4).join('.'))).toBe('malformed');
    expect(reasonOf(`${good}.extra`)).toBe('malformed');
    expect(reasonOf(`v2.${keyId}.${iv}.${tag}.${ct}`)).toBe('unsupported_version');
    expect(reasonOf(`x1.${keyId}.${iv}.${tag}.${ct}`)).toBe('malformed');
    expect(reasonOf(`v1.NOTHEX!!.${iv}.${tag}.${ct}`)).toBe('malformed');
    expect(reasonOf(`v1.${keyId}.${randomBytes(16).toString('base64url')}.${tag}.${ct}`)).toBe('malformed');
    expect(reasonOf(`v1.${keyId}.${iv}.${randomBytes(8).toString('base64url')}.${ct}`)).toBe('malformed');
    expect(reasonOf(`v1.${keyId}.${iv}.${tag}.`)).toBe('malformed');
    expect(reasonOf(`v1.${keyId}.${iv}.${tag}.${ct}=`)).toBe('malformed');
    const error = (() => {
      try {
        parseEnvelope(`${good}.extra`);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected parseEnvelope to throw');
    })();
    expect(error.message).not.toContain(ct);
  });
});

describe('associatedData', () => {
  it('binds version, key id, tenant and connector unambiguously', () => {
    const base = associatedData('v1', 'aaaaaaaa', { tenantId: 't1', connectorId: 'c1' });
    expect(associatedData('v1', 'aaaaaaaa', { tenantId: 't1', connectorId: 'c1' })).toEqual(base);
    expect(associatedData('v1', 'aaaaaaab', { tenantId: 't1', connectorId: 'c1' })).not.toEqual(base);
    expect(associatedData('v2', 'aaaaaaaa', { tenantId: 't1', connectorId: 'c1' })).not.toEqual(base);
    const split1 = associatedData('v1', 'aaaaaaaa', { tenantId: 'a.b', connectorId: 'c' });
    const split2 = associatedData('v1', 'aaaaaaaa', { tenantId: 'a', connectorId: 'b.c' });
    const split3 = associatedData('v1', 'aaaaaaaa', { tenantId: 'a","b', connectorId: 'c' });
    const split4 = associatedData('v1', 'aaaaaaaa', { tenantId: 'a', connectorId: 'b","c' });
    expect(split1).not.toEqual(split2);
    expect(split3).not.toEqual(split4);
  });
});

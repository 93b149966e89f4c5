import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { VaultConfigError } from './errors.js';
import { buildKeyRing, generateKeyHex, keyIdOf, parseKeyHex, splitKeyList } from './keys.js';

describe('generateKeyHex', () => {
  it('returns 32 random bytes as 64 lowercase hex characters, different every time', () => {
    const a = generateKeyHex();
    const b = generateKeyHex();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(a, 'hex')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

describe('keyIdOf', () => {
  it('is 8 hex characters, stable for one key and different for different keys', () => {
    const key = Buffer.from(generateKeyHex(), 'hex');
    expect(keyIdOf(key)).toMatch(/^[0-9a-f]{8}$/);
    expect(keyIdOf(Buffer.from(key))).toBe(keyIdOf(key));
    const ids = new Set(Array.from({ length: 200 }, () => keyIdOf(Buffer.from(generateKeyHex(), 'hex'))));
    expect(ids.size).toBe(200);
  });

  it('is not a plain prefix of the key or of its unprefixed hash', () => {
    const hex = generateKeyHex();
    const id = keyIdOf(Buffer.from(hex, 'hex'));
    expect(hex.startsWith(id)).toBe(false);
    expect(createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex').startsWith(id)).toBe(false);
  });
});

describe('parseKeyHex', () => {
  it('accepts upper- and lowercase hex and trims surrounding whitespace', () => {
    const hex = generateKeyHex();
    const lower = parseKeyHex(hex, 'KEY');
    expect(parseKeyHex(`  ${hex.toUpperCase()}\n`, 'KEY').id).toBe(lower.id);
    expect(lower.secret.symmetricKeySize).toBe(32);
  });

  it('names the setting, not the value, when rejecting', () => {
    const bad = `${generateKeyHex().slice(0, 40)} ${generateKeyHex().slice(0, 23)}`;
    let caught: unknown;
    try {
      parseKeyHex(bad, 'MY_SETTING');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(VaultConfigError);
    const message = (caught as Error).message;
    expect(message).toContain('MY_SETTING');
    expect(message).toContain('non-hex');
    expect(message).not.toContain(bad.slice(0, 40));
  });
});

describe('splitKeyList', () => {
  it('trims entries and ignores empty ones', () => {
    expect(splitKeyList(undefined)).toEqual([]);
    expect(splitKeyList('')).toEqual([]);
    expect(splitKeyList(' a , b,,c, ')).toEqual(['a', 'b', 'c']);
  });
});

describe('buildKeyRing', () => {
  it('indexes keys by id and tolerates a key listed twice', () => {
    const current = parseKeyHex(generateKeyHex(), 'current');
    const old = parseKeyHex(generateKeyHex(), 'old');
    const ring = buildKeyRing(current, [old, current, old]);
    expect([...ring.keys()]).toEqual([current.id, old.id]);
    expect(ring.get(old.id)).toBe(old);
  });

  it('refuses two different keys with the same id', () => {
    const current = parseKeyHex(generateKeyHex(), 'current');
    const impostor = { id: current.id, secret: parseKeyHex(generateKeyHex(), 'other').secret };
    expect(() => buildKeyRing(current, [impostor])).toThrow(VaultConfigError);
  });
});

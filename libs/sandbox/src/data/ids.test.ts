import { describe, expect, it } from 'vitest';
import { createIdCodec, createMixedIdCodec } from './ids.js';

describe('createIdCodec', () => {
  const charges = createIdCodec({ prefix: 'ch_', seed: 42 });

  it('round-trips indexes, including the ends of a 1,000,000 dataset', () => {
    for (const index of [0, 1, 35, 36, 99_999, 900_000, 999_999, 36 ** 7 - 1]) {
      const id = charges.encode(index);
      expect(id).toMatch(/^ch_[0-9a-z]{7}[0-9A-Za-z]{17}$/);
      expect(charges.decode(id)).toBe(index);
    }
  });

  it('mints the same id every time and different ids per seed', () => {
    expect(charges.encode(7)).toBe(createIdCodec({ prefix: 'ch_', seed: 42 }).encode(7));
    const other = createIdCodec({ prefix: 'ch_', seed: 43 });
    expect(other.encode(7)).not.toBe(charges.encode(7));
    expect(charges.decode(other.encode(7))).toBeUndefined();
  });

  it('rejects ids it did not mint', () => {
    const id = charges.encode(12);
    const tampered = `${id.slice(0, -1)}${id.endsWith('a') ? 'b' : 'a'}`;
    expect(charges.decode(tampered)).toBeUndefined();
    expect(charges.decode(id.replace('ch_', 'py_'))).toBeUndefined();
    expect(charges.decode('ch_short')).toBeUndefined();
    expect(charges.decode(`ch_ZZZZZZZ${id.slice(10)}`)).toBeUndefined();
  });

  it('honours custom lengths and refuses indexes it cannot encode', () => {
    const customers = createIdCodec({ prefix: 'cus_', length: 14 });
    expect(customers.encode(5)).toHaveLength(4 + 14);
    expect(customers.decode(customers.encode(5))).toBe(5);
    expect(() => charges.encode(-1)).toThrow(RangeError);
    expect(() => charges.encode(36 ** 7)).toThrow(RangeError);
  });
});

describe('createMixedIdCodec', () => {
  const charges = createMixedIdCodec([createIdCodec({ prefix: 'ch_', seed: 1 }), createIdCodec({ prefix: 'py_', seed: 1 })], (index) =>
    index % 10 === 3 ? 1 : 0,
  );

  it('mints each record under its own prefix and decodes it only under that prefix', () => {
    expect(charges.encode(2)).toMatch(/^ch_/);
    expect(charges.encode(13)).toMatch(/^py_/);
    for (const index of [0, 2, 3, 13, 999_993]) expect(charges.decode(charges.encode(index))).toBe(index);
    expect(charges.decode(createIdCodec({ prefix: 'ch_', seed: 1 }).encode(13))).toBeUndefined();
    expect(charges.decode(createIdCodec({ prefix: 'py_', seed: 1 }).encode(2))).toBeUndefined();
    expect(charges.prefix).toBe('ch_');
  });
});

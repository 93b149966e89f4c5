import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../errors/errors.js';
import { jsonCursor } from './cursor.js';

const cursor = jsonCursor(z.object({ stream: z.string(), after: z.string().nullable(), since: z.number().optional() }));

describe('jsonCursor', () => {
  it('round-trips a value through its string form', () => {
    const value = { stream: 'charges', after: 'ch_1', since: 1_700_000_000 };
    const encoded = cursor.encode(value);
    expect(typeof encoded).toBe('string');
    expect(cursor.decode(encoded)).toEqual(value);
    expect(cursor.decode(cursor.encode({ stream: 'customers', after: null }))).toEqual({ stream: 'customers', after: null });
  });

  it('decodes a null cursor to null', () => {
    expect(cursor.decode(null)).toBeNull();
  });

  it('rejects unreadable JSON with a ConfigError that says how to recover', () => {
    const decode = () => cursor.decode('{"stream": "charges", ');
    expect(decode).toThrow(ConfigError);
    expect(decode).toThrow(/unreadable; run a full sync/);
  });

  it('rejects a cursor of another shape or version with a ConfigError', () => {
    for (const stored of ['{"page": 2}', '"ch_1"', 'null', '{"stream": "charges", "after": 5}']) {
      expect(() => cursor.decode(stored)).toThrow(ConfigError);
      expect(() => cursor.decode(stored)).toThrow(/does not match this connector version/);
    }
  });

  it('applies the schema transforms on decode', () => {
    const dated = jsonCursor(z.object({ since: z.iso.datetime().transform((s) => new Date(s)) }));
    expect(dated.decode('{"since":"2024-01-01T00:00:00Z"}')?.since).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });
});

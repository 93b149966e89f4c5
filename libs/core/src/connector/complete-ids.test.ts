import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { checkCompleteIds, compareIds } from './complete-ids.js';

const streams = new Map([
  ['contacts', { name: 'contacts', entity: 'person' as const }],
  ['leads', { name: 'leads', entity: 'person' as const }],
]);

describe('compareIds', () => {
  it('orders by UTF-8 bytes, as PostgreSQL COLLATE "C" does: digits, upper case, lower case, then longer after its prefix', () => {
    const ids = ['003a', '003B', '0039', '003', '003~', 'é', 'z'];
    expect([...ids].sort(compareIds)).toEqual(['003', '0039', '003B', '003a', '003~', 'z', 'é']);
    expect(compareIds('003A', '003A')).toBe(0);
  });
});

describe('checkCompleteIds', () => {
  it("returns the declared ranges with their stream's entity, and none when nothing is declared", () => {
    const range = { stream: 'contacts', ids: ['003A', '003B'], after: '003', through: '003~' };
    expect(checkCompleteIds([range, { ...range, ids: [], after: null, through: null }], streams)).toEqual([
      { ...range, entity: 'person' },
      { ...range, ids: [], after: null, through: null, entity: 'person' },
    ]);
    expect(checkCompleteIds(undefined, streams)).toEqual([]);
  });

  it('fails with a validation error for an unknown stream, an inverted range or an id outside its range', () => {
    const range = { stream: 'contacts', ids: ['003B'], after: '003A', through: '003C' };
    expect(() => checkCompleteIds([{ ...range, stream: 'deals' }], streams)).toThrow(/does not declare/);
    expect(() => checkCompleteIds([{ ...range, after: '003D' }], streams)).toThrow(ValidationError);
    expect(() => checkCompleteIds([{ ...range, ids: ['003A'] }], streams)).toThrow(/must lie in the range/);
    expect(() => checkCompleteIds([{ ...range, ids: ['003D'] }], streams)).toThrow(/must lie in the range/);
    expect(() => checkCompleteIds([{ ...range, ids: [''] }], streams)).toThrow(/ids/);
  });
});

import { describe, expect, it } from 'vitest';
import { getPath } from './path.js';

describe('getPath', () => {
  it('reads nested objects and array indexes, with -1 for the last element', () => {
    const value = { data: [{ id: 'a' }, { id: 'b', tags: ['x', 'y'] }] };
    expect(getPath(value, 'data.0.id')).toBe('a');
    expect(getPath(value, 'data.-1.id')).toBe('b');
    expect(getPath(value, 'data.1.tags.-1')).toBe('y');
  });

  it('returns undefined for missing segments and non-numeric array indexes', () => {
    expect(getPath({ a: null }, 'a.b')).toBeUndefined();
    expect(getPath({ a: [1] }, 'a.first')).toBeUndefined();
    expect(getPath('text', 'length')).toBeUndefined();
  });
});

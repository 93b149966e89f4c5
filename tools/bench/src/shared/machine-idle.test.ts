import { describe, expect, it } from 'vitest';
import { idleShare, parseProcStat } from './machine-idle.js';

describe('the machine idle share', () => {
  it('reads idle and I/O wait against the total from /proc/stat', () => {
    expect(parseProcStat('cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 1 2 3 4 5\n')).toEqual({ idle: 850, total: 1000 });
    expect(parseProcStat('intr 1 2 3')).toBeUndefined();
  });
  it('is the idle ticks over all ticks between two readings', () => {
    expect(idleShare({ idle: 850, total: 1_000 }, { idle: 900, total: 1_200 })).toBe(0.25);
    expect(idleShare({ idle: 850, total: 1_000 }, { idle: 850, total: 1_000 })).toBeUndefined();
    expect(idleShare(undefined, { idle: 1, total: 2 })).toBeUndefined();
  });
});

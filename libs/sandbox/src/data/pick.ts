import type { Rng } from './random.js';

/**
 * `count` distinct indexes in `[0, size)` that pass `accept`, sorted. Random
 * probes first (cheap when matches are common), then a linear sweep from a
 * random start so sparse matches are still found. Fewer are returned when
 * fewer exist.
 */
export function pickIndexes(rng: Rng, size: number, count: number, accept: (index: number) => boolean): number[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const chosen = new Set<number>();
  if (size === 0 || count === 0) return [];
  const probes = count * 8 + 32;
  for (let k = 0; k < probes && chosen.size < count; k++) {
    const index = rng.int(0, size - 1);
    if (!chosen.has(index) && accept(index)) chosen.add(index);
  }
  const start = rng.int(0, size - 1);
  for (let k = 0; k < size && chosen.size < count; k++) {
    const index = (start + k) % size;
    if (!chosen.has(index) && accept(index)) chosen.add(index);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** A mutation target as a list of indexes: explicit indexes pass through, a count is picked. */
export function toIndexList(target: number | readonly number[], pick: (count: number) => number[]): number[] {
  return typeof target === 'number' ? pick(target) : [...target];
}

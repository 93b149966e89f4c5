/**
 * Seeded randomness for simulators. Record `i` of a collection draws from
 * `rngFor(seed, i)`, a generator derived from `(seed, i)` alone, so any record
 * can be produced without producing the ones before it.
 */

/** A small deterministic random source (mulberry32 underneath). */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, chosen in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

/** splitmix32-style finaliser: a well-mixed 32-bit value from any 32-bit input. */
function mix32(input: number): number {
  let x = input | 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a label. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function partToInt(part: number | string): number[] {
  if (typeof part === 'string') return [hashString(part)];
  // Split into low and high 32 bits so indexes past 2^32 stay distinct.
  const low = part % 0x1_0000_0000;
  return [low >>> 0, Math.floor(part / 0x1_0000_0000) >>> 0];
}

/**
 * Hash a seed and any number of parts (indexes, labels) into a 32-bit seed.
 *
 * @example
 * hashSeed(42, 'charges', 7) === hashSeed(42, 'charges', 7) // true
 */
export function hashSeed(seed: number, ...parts: Array<number | string>): number {
  let h = mix32((seed >>> 0) ^ 0x9e3779b9);
  for (const part of parts) {
    for (const value of partToInt(part)) h = mix32((h ^ value) + 0x9e3779b9);
  }
  return h;
}

/**
 * A sub-seed for one stream of a simulator (customers, charges, ...), so two
 * streams built from the same seed do not mirror each other.
 *
 * @example
 * const chargeSeed = deriveSeed(seed, 'charges');
 */
export function deriveSeed(seed: number, label: string): number {
  return hashSeed(seed, label);
}

/**
 * A mulberry32 generator over a 32-bit seed.
 *
 * @example
 * const rng = createRng(7);
 * rng.int(1, 6); // the same roll every run
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weighted: (weights) => pickWeighted(weights, next()),
  };
}

function pickWeighted<K extends string>(weights: Readonly<Record<K, number>>, roll: number): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let target = roll * total;
  for (const [key, weight] of entries) {
    target -= weight;
    if (target < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new RangeError('weighted() needs at least one entry');
  return last[0];
}

/**
 * The generator for record `index` of the stream seeded by `seed`.
 *
 * @example
 * const a = rngFor(42, 999_999).next();
 * const b = rngFor(42, 999_999).next(); // a === b, and nothing else was generated
 */
export function rngFor(seed: number, index: number, stream?: string): Rng {
  return createRng(stream === undefined ? hashSeed(seed, index) : hashSeed(seed, stream, index));
}

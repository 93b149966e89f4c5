import { createRng, hashSeed, rngFor, type Rng } from './random.js';
import { pickIndexes, toIndexList } from './pick.js';

/** Largest dataset a simulator may declare (records are generated lazily, so size costs nothing). */
export const MAX_DATASET_SIZE = 10_000_000;

export interface DatasetOptions<T> {
  seed: number;
  /** Number of generated records (before any append). */
  size: number;
  /** Record `index`, built only from `index` and `rng` (which is derived from `(seed, index)`). */
  generate: (index: number, rng: Rng) => T;
  /** Milliseconds stamped on each change; called once per changed record. Defaults to `Date.now`. */
  clock?: () => number;
}

/** What a mutator knows about the change it is making. */
export interface MutationContext {
  index: number;
  /** The change's timestamp (ms), from the dataset clock. */
  at: number;
  /** Randomness for this change, derived from the seed and the change sequence. */
  rng: Rng;
}

export type ChangeKind = 'updated' | 'removed' | 'appended';

/** One vendor-side change, kept for test assertions. */
export interface Change<T> {
  kind: ChangeKind;
  index: number;
  at: number;
  /** The record before the change (absent for appends). */
  before?: T;
  /** The record after the change (absent for removals). */
  after?: T;
}

/** Which records a mutation touches: explicit indexes, or a count picked deterministically. */
export type Target = number | readonly number[];

/**
 * A lazily generated, seeded collection with a mutation overlay. Reading
 * record `i` generates only record `i`; updates, removals (tombstones) and
 * appends live in small maps beside the generator.
 *
 * @example
 * const people = new Dataset({ seed: 1, size: 1_000_000, generate: (i, rng) => ({ i, name: fake.fullName(rng) }) });
 * people.get(999_999); // generated on demand
 * people.update(5, (p) => ({ ...p, name: 'Renamed' })); // 5 records picked deterministically
 * people.changes().map((c) => c.index); // what changed, for assertions
 */
export class Dataset<T> {
  readonly seed: number;
  readonly baseSize: number;
  private readonly generate: (index: number, rng: Rng) => T;
  private readonly clock: () => number;
  private readonly overlay = new Map<number, T>();
  private readonly removed = new Set<number>();
  private readonly updatedAtByIndex = new Map<number, number>();
  private readonly log: Array<Change<T>> = [];
  private appended = 0;
  private sequence = 0;

  constructor(options: DatasetOptions<T>) {
    if (!Number.isSafeInteger(options.size) || options.size < 0 || options.size > MAX_DATASET_SIZE) {
      throw new RangeError(`Dataset size must be an integer from 0 to ${MAX_DATASET_SIZE}`);
    }
    this.seed = options.seed;
    this.baseSize = options.size;
    this.generate = options.generate;
    this.clock = options.clock ?? Date.now;
  }

  /** Record slots, including removed and appended ones. Valid indexes are `0 .. size - 1`. */
  get size(): number {
    return this.baseSize + this.appended;
  }

  /** Records that are not removed. */
  liveCount(): number {
    return this.size - this.removed.size;
  }

  isRemoved(index: number): boolean {
    return this.removed.has(index);
  }

  /** True when `index` is in range and not removed. */
  has(index: number): boolean {
    return Number.isInteger(index) && index >= 0 && index < this.size && !this.removed.has(index);
  }

  /** The current record, or undefined when out of range or removed. Returns a copy. */
  get(index: number): T | undefined {
    return this.has(index) ? this.current(index) : undefined;
  }

  /** The current record even if removed (what the vendor last held), or undefined when out of range. */
  peek(index: number): T | undefined {
    return Number.isInteger(index) && index >= 0 && index < this.size ? this.current(index) : undefined;
  }

  /** The record as first generated, ignoring updates. */
  original(index: number): T | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.baseSize) return this.peek(index);
    return this.generate(index, rngFor(this.seed, index));
  }

  /** Live records with `start <= index < end`, ascending (or descending with `reverse`). */
  *range(start = 0, end = this.size, options: { reverse?: boolean } = {}): Generator<[number, T]> {
    const lo = Math.max(0, start);
    const hi = Math.min(this.size, end);
    for (let k = 0; k < hi - lo; k++) {
      const index = options.reverse ? hi - 1 - k : lo + k;
      const record = this.get(index);
      if (record !== undefined) yield [index, record];
    }
  }

  /** `count` distinct live indexes chosen deterministically (sorted), optionally among those matching `where`. */
  pick(count: number, where?: (record: T, index: number) => boolean): number[] {
    const rng = createRng(hashSeed(this.seed, 'pick', this.sequence++));
    const accept = (index: number): boolean => {
      const record = this.get(index);
      return record !== undefined && (where === undefined || where(record, index));
    };
    return pickIndexes(rng, this.size, count, accept);
  }

  /** Apply `mutate` to each target record; records the change and bumps its updated timestamp. */
  update(target: Target, mutate: (record: T, context: MutationContext) => T): Array<Change<T>> {
    const indexes = toIndexList(target, (n) => this.pick(n));
    return indexes.flatMap((index) => {
      const before = this.get(index);
      if (before === undefined) return [];
      const at = this.clock();
      const after = mutate(this.current(index), { index, at, rng: this.changeRng() });
      this.overlay.set(index, after);
      this.updatedAtByIndex.set(index, at);
      return [this.record({ kind: 'updated', index, at, before, after: structuredClone(after) })];
    });
  }

  /** Tombstone the target records: they vanish from `get`, `range` and `liveCount`. */
  remove(target: Target): Array<Change<T>> {
    const indexes = toIndexList(target, (n) => this.pick(n));
    return indexes.flatMap((index) => {
      const before = this.get(index);
      if (before === undefined) return [];
      this.removed.add(index);
      const at = this.clock();
      this.updatedAtByIndex.set(index, at);
      return [this.record({ kind: 'removed', index, at, before })];
    });
  }

  /** Add `count` records at the end, built by `make` (default: the generator). */
  append(count: number, make?: (index: number, context: MutationContext) => T): Array<Change<T>> {
    const changes: Array<Change<T>> = [];
    for (let k = 0; k < count; k++) {
      const index = this.size;
      const at = this.clock();
      const rng = rngFor(this.seed, index);
      const after = make ? make(index, { index, at, rng }) : this.generate(index, rng);
      this.overlay.set(index, after);
      this.updatedAtByIndex.set(index, at);
      this.appended++;
      changes.push(this.record({ kind: 'appended', index, at, after: structuredClone(after) }));
    }
    return changes;
  }

  /** When the record last changed (ms), or undefined if it never did. */
  updatedAt(index: number): number | undefined {
    return this.updatedAtByIndex.get(index);
  }

  /** Every change so far, oldest first. */
  changes(kind?: ChangeKind): ReadonlyArray<Change<T>> {
    return kind === undefined ? [...this.log] : this.log.filter((c) => c.kind === kind);
  }

  private current(index: number): T {
    const stored = this.overlay.get(index);
    return stored !== undefined ? structuredClone(stored) : this.generate(index, rngFor(this.seed, index));
  }

  private changeRng(): Rng {
    return createRng(hashSeed(this.seed, 'change', this.sequence++));
  }

  private record(change: Change<T>): Change<T> {
    this.log.push(change);
    return change;
  }
}

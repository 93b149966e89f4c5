import type { Dataset } from '@tributary/sandbox';
import { DAY_MS, type Clock } from './clock.js';

/** Deleted records stay in the Recycle Bin (and in `queryAll` and `getDeleted`) 15 days unless `recycleBinDays` says otherwise. */
export const RECYCLE_BIN_DAYS = 15;
/** The default age of the Recycle Bin in ms. */
export const RECYCLE_BIN_MS = RECYCLE_BIN_DAYS * DAY_MS;

/**
 * The org's Recycle Bin: a deleted record is purged for good once it is
 * older than the bin's age, or when an administrator empties the bin
 * (https://help.salesforce.com/s/articleView?id=sf.home_delete.htm).
 */
export interface RecycleBin {
  readonly ageMs: number;
  /** Whether the removal of record `index` of `data` at `at` (ms) has been purged. */
  purged(data: Dataset<unknown>, index: number, at: number): boolean;
  /** Empty the bin now: every record deleted so far is purged. */
  empty(): void;
  /** When the bin was last emptied (ms), or undefined. */
  emptiedAt(): number | undefined;
}

/**
 * @example
 * const bin = createRecycleBin(clock, 15, Object.values(store.data));
 * bin.purged(store.data.Lead, 3, deletedAt) // true 15 days after deletedAt
 */
export function createRecycleBin(clock: Clock, days: number, datasets: ReadonlyArray<Dataset<unknown>>): RecycleBin {
  if (!Number.isFinite(days) || days <= 0) throw new RangeError('recycleBinDays must be a positive number of days');
  const ageMs = days * DAY_MS;
  const emptied = new Map<Dataset<unknown>, Set<number>>();
  let emptiedAt: number | undefined;
  return {
    ageMs,
    purged: (data, index, at) => clock.now() - at > ageMs || (emptied.get(data)?.has(index) ?? false),
    empty() {
      emptiedAt = clock.now();
      for (const data of datasets) {
        const gone = emptied.get(data) ?? new Set<number>();
        for (const change of data.changes('removed')) gone.add(change.index);
        emptied.set(data, gone);
      }
    },
    emptiedAt: () => emptiedAt,
  };
}

import { resourceMissing } from './errors.js';

/**
 * Stripe list pagination over index-ordered collections. `created` is
 * non-decreasing in the index, so "newest first" is descending index order
 * (ties broken by index), `created` filters are a binary search, and a page
 * costs O(limit) reads unless a `where` filter skips records.
 * https://docs.stripe.com/api/pagination
 */
export interface ListSource<T> {
  /** Object name for errors: `No such charge: 'ch_x'`. */
  noun: string;
  size(): number;
  created(index: number): number;
  /** The record, or undefined when deleted (deleted records are skipped). */
  get(index: number): T | undefined;
  indexOf(id: string): number | undefined;
}

export interface CreatedFilter {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

export interface PageQuery<T> {
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
  created?: CreatedFilter;
  /** Records older than this are never listed (event retention). */
  minCreated?: number;
  where?: (item: T) => boolean;
}

export interface Page<T> {
  items: Array<{ index: number; item: T }>;
  hasMore: boolean;
}

/** First index whose `created` is at least `at` (or `size`). */
function lowerBound<T>(source: ListSource<T>, at: number): number {
  let lo = 0;
  let hi = source.size();
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (source.created(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inclusive index bounds allowed by the created filters. */
function bounds<T>(source: ListSource<T>, created: CreatedFilter, minCreated?: number): [number, number] {
  let lo = 0;
  let hi = source.size() - 1;
  const floors = [created.gte, created.gt === undefined ? undefined : created.gt + 1, minCreated];
  for (const floor of floors) if (floor !== undefined) lo = Math.max(lo, lowerBound(source, floor));
  if (created.lte !== undefined) hi = Math.min(hi, lowerBound(source, created.lte + 1) - 1);
  if (created.lt !== undefined) hi = Math.min(hi, lowerBound(source, created.lt) - 1);
  return [lo, hi];
}

function resolveCursor<T>(source: ListSource<T>, id: string, param: 'starting_after' | 'ending_before'): number {
  const index = source.indexOf(id);
  if (index === undefined) throw resourceMissing(source.noun, id, param, 400);
  return index;
}

/** Collect up to `limit` matches in `[lo, hi]`, newest first or (`ascending`) oldest first; one more tells `hasMore`. */
function walk<T>(source: ListSource<T>, lo: number, hi: number, ascending: boolean, query: PageQuery<T>): Page<T> {
  const items: Page<T>['items'] = [];
  for (let k = 0; k <= hi - lo; k++) {
    const index = ascending ? lo + k : hi - k;
    const item = source.get(index);
    if (item === undefined || (query.where && !query.where(item))) continue;
    if (items.length === query.limit) return { items, hasMore: true };
    items.push({ index, item });
  }
  return { items, hasMore: false };
}

/**
 * One page, newest first. `starting_after` continues towards older records;
 * `ending_before` returns the records just newer than the cursor (still
 * listed newest first) and `hasMore` then means "even newer ones exist".
 *
 * @example
 * listPage(source, { limit: 100, startingAfter: 'ch_...' }).items.map((x) => x.item.id);
 */
export function listPage<T>(source: ListSource<T>, query: PageQuery<T>): Page<T> {
  let [lo, hi] = bounds(source, query.created ?? {}, query.minCreated);
  if (query.endingBefore !== undefined) {
    lo = Math.max(lo, resolveCursor(source, query.endingBefore, 'ending_before') + 1);
    const page = walk(source, lo, hi, true, query);
    return { items: page.items.reverse(), hasMore: page.hasMore };
  }
  if (query.startingAfter !== undefined) hi = Math.min(hi, resolveCursor(source, query.startingAfter, 'starting_after') - 1);
  return walk(source, lo, hi, false, query);
}

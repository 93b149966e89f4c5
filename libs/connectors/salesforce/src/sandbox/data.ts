import type { Dataset } from '@tributary/sandbox';
import { locate, type Datasets, type Store } from './store.js';
import type { ObjectName, SalesforceObjects } from './types.js';
import type { ApiUsageMeter } from './usage.js';

/** What the org holds right now, for assertions: compare what a sync stored with these. */
export interface SalesforceData {
  /** The id of record `index` of an object (existing or not). */
  id(object: ObjectName, index: number): string;
  /** Live (not deleted) records, in index order. */
  records<K extends ObjectName>(object: K): Array<SalesforceObjects[K]>;
  /** A live record by id, of any object. */
  byId(id: string): SalesforceObjects[ObjectName] | undefined;
  /** Live records of an object. */
  count(object: ObjectName): number;
  /** Ids of deleted records (in the recycle bin or purged). */
  deletedIds(object: ObjectName): string[];
  readonly org: { id: string; currency: string; multiCurrency: boolean };
  /** API calls counted in the rolling 24 hours, and the daily allocation. */
  apiUsage(): { used: number; limit: number };
  /** Simulator time: the `now` option (default: the wall clock). */
  now(): Date;
}

function live<T>(data: Dataset<T>): T[] {
  return [...data.range()].map(([, record]) => record);
}

function removedIds(data: Datasets[ObjectName]): string[] {
  const changes: ReadonlyArray<{ before?: { Id: string } }> = data.changes('removed');
  return changes.flatMap((c) => (c.before ? [c.before.Id] : []));
}

/**
 * @example
 * const data = createData(store, usage);
 * expect(storedPeople).toHaveLength(data.count('Contact') + data.count('Lead'));
 */
export function createData(store: Store, usage: ApiUsageMeter): SalesforceData {
  const { world } = store;
  return {
    id: (object, index) => world.ids[object].encode(index),
    records: <K extends ObjectName>(object: K) => live<SalesforceObjects[K]>(store.data[object]),
    byId(id) {
      const found = locate(store, id);
      return found ? store.data[found.object].get(found.index) : undefined;
    },
    count: (object) => store.data[object].liveCount(),
    deletedIds: (object) => removedIds(store.data[object]),
    org: { id: world.orgId, currency: world.currency, multiCurrency: world.multiCurrency },
    apiUsage: () => ({ used: usage.used(world.clock.now()), limit: usage.limit }),
    now: () => new Date(world.clock.now()),
  };
}

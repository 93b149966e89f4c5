import type { Dataset, Rng } from '@tributary/sandbox';
import type { Store } from '../store.js';
import type { ObjectName, SalesforceObjects } from '../types.js';
import { createRecords, type Creatable } from './create.js';
import { deleteRecords } from './delete.js';
import { EDITS, touch } from './edits.js';

/** Which records a change touches: a count picked deterministically, or these ids. */
export type Which = number | readonly string[];

/**
 * How a change commits. `lateMs`: its transaction began that long ago and
 * commits now, so it becomes visible with a SystemModstamp from then, at or
 * before stamps a reader may already have seen.
 */
export interface ChangeOptions {
  lateMs?: number;
}

/**
 * Vendor-side changes, stamped to the second (never before the previous
 * change, unless it commits late). Each returns the ids it changed.
 */
export interface SalesforceMutations {
  /** Edit live records (a new title, stage, status ...). */
  update(object: ObjectName, which: Which, options?: ChangeOptions): string[];
  /** Add `count` records created now. */
  create(object: Creatable, count: number, options?: ChangeOptions): string[];
  /** Soft-delete records, with Salesforce's cascades (an account takes its contacts, deals and activities). */
  delete(object: ObjectName, which: Which, options?: ChangeOptions): string[];
}

/** A count as is; ids as the indexes of those the simulator minted for `object`. */
export function targetOf(store: Store, object: ObjectName, which: Which): number | number[] {
  if (typeof which === 'number') return which;
  return which.flatMap((id) => {
    const index = store.world.ids[object].decode(id);
    return index === undefined ? [] : [index];
  });
}

function updateIn<T extends { Id: string; LastModifiedDate: string; SystemModstamp: string }>(
  data: Dataset<T>,
  edit: (record: T, rng: Rng, at: number) => T,
  target: number | number[],
): string[] {
  return data.update(target, (record, { rng, at }) => touch(edit, record, rng, at)).flatMap((c) => (c.after ? [c.after.Id] : []));
}

/** Edit records of one object. */
export function updateRecords(store: Store, object: ObjectName, which: Which): string[] {
  const { data } = store;
  const count = targetOf(store, object, which);
  const updaters: { [K in ObjectName]: () => string[] } = {
    Account: () => updateIn<SalesforceObjects['Account']>(data.Account, EDITS.Account, count),
    Contact: () => updateIn(data.Contact, EDITS.Contact, count),
    Lead: () => updateIn(data.Lead, EDITS.Lead, count),
    Opportunity: () => updateIn(data.Opportunity, EDITS.Opportunity, count),
    OpportunityContactRole: () => updateIn(data.OpportunityContactRole, EDITS.OpportunityContactRole, count),
    Task: () => updateIn(data.Task, EDITS.Task, count),
    Event: () => updateIn(data.Event, EDITS.Event, count),
  };
  return updaters[object]();
}

/**
 * @example
 * const mutate = createMutations(store);
 * mutate.update('Contact', 5);
 * mutate.update('Contact', 2, { lateMs: 3_000 }); // committed now, stamped 3 s ago
 */
export function createMutations(store: Store): SalesforceMutations {
  const commit = <T>(options: ChangeOptions | undefined, change: () => T): T => store.world.clock.late(options?.lateMs ?? 0, change);
  return {
    update: (object, which, options) => commit(options, () => updateRecords(store, object, which)),
    create: (object, count, options) => commit(options, () => createRecords(store, object, count)),
    delete: (object, which, options) => commit(options, () => deleteRecords(store, object, targetOf(store, object, which))),
  };
}

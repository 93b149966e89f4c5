import { Dataset, type Rng } from '@tributary/sandbox';
import { sfDateTime } from './clock.js';
import { generateAccount } from './generate/accounts.js';
import { generateEvent, generateTask, pickWho } from './generate/activities.js';
import { generatedStamp } from './generate/common.js';
import { generateContactRole, generateOpportunity } from './generate/opportunities.js';
import { generateContact, generateLead } from './generate/people.js';
import { createRecycleBin, type RecycleBin } from './recycle-bin.js';
import { createSchemas, type ObjectSchema } from './schema.js';
import type { ObjectName, SalesforceObjects } from './types.js';
import type { World } from './world.js';

export type Datasets = { [K in ObjectName]: Dataset<SalesforceObjects[K]> };

/** The org's state: one lazily generated dataset per object, with its mutation overlay, and the Recycle Bin. */
export interface Store {
  world: World;
  schemas: ReadonlyMap<string, ObjectSchema>;
  data: Datasets;
  bin: RecycleBin;
}

export interface StoreOptions {
  /** Custom number fields (`Tributary_Score__c`) on Account, Contact and Lead. */
  customFields: readonly string[];
  /** Days a deleted record stays in the Recycle Bin. */
  recycleBinDays: number;
}

function dataset<T>(world: World, object: ObjectName, size: number, make: (index: number, rng: Rng) => T): Dataset<T> {
  return new Dataset<T>({ seed: world.seeds[object], size, generate: make, clock: world.clock.tick });
}

/** Generated originals never change: remember recent ones (bounded) for the records that look them up. */
function memo<T>(compute: (index: number) => T): (index: number) => T {
  const cache = new Map<number, T>();
  return (index) => {
    if (cache.has(index)) return cache.get(index) as T;
    if (cache.size >= 100_000) cache.clear();
    const value = compute(index);
    cache.set(index, value);
    return value;
  };
}

/**
 * @example
 * const store = createStore(world, { customFields: ['Tributary_Score__c'], recycleBinDays: 15 });
 * store.data.Contact.get(999) // generated on demand
 */
export function createStore(world: World, options: StoreOptions): Store {
  const { sizes } = world;
  const stamp = (i: number, count: number, rng: Rng, activity = false) => generatedStamp(world, i, count, rng, activity);
  const Account = dataset(world, 'Account', sizes.accounts, (i, rng) => generateAccount(world, i, rng, stamp(i, sizes.accounts, rng)));
  const accountAt = memo((a: number) => Account.original(a));
  const Contact = dataset(world, 'Contact', sizes.contacts, (i, rng) =>
    generateContact(world, i, rng, stamp(i, sizes.contacts, rng), accountAt),
  );
  const Lead = dataset(world, 'Lead', sizes.leads, (i, rng) => generateLead(world, i, rng, stamp(i, sizes.leads, rng)));
  const Opportunity = dataset(world, 'Opportunity', sizes.opportunities, (i, rng) =>
    generateOpportunity(world, i, rng, stamp(i, sizes.opportunities, rng)),
  );
  const OpportunityContactRole = dataset(world, 'OpportunityContactRole', sizes.roles, (i, rng) =>
    generateContactRole(world, i, rng, stamp(i, sizes.roles, rng), Opportunity.original(Math.floor(i / 2))),
  );
  const who = (rng: Rng) => pickWho(world, rng);
  const Task = dataset(world, 'Task', sizes.tasks, (i, rng) => generateTask(world, i, rng, stamp(i, sizes.tasks, rng, true), who(rng)));
  const Event = dataset(world, 'Event', sizes.events, (i, rng) =>
    generateEvent(world, i, rng, stamp(i, sizes.events, rng, true), who(rng)),
  );
  const data: Datasets = { Account, Contact, Lead, Opportunity, OpportunityContactRole, Task, Event };
  return {
    world,
    schemas: createSchemas({ multiCurrency: world.multiCurrency, customFields: options.customFields }),
    data,
    bin: createRecycleBin(world.clock, options.recycleBinDays, Object.values(data)),
  };
}

/** The object an id belongs to (by its key prefix) and its index, when the simulator minted it. */
export function locate(store: Store, id: string): { object: ObjectName; index: number } | undefined {
  for (const object of Object.keys(store.data) as ObjectName[]) {
    const index = store.world.ids[object].decode(id);
    if (index !== undefined && index < store.data[object].size) return { object, index };
  }
  return undefined;
}

/** A removed record as `queryAll` shows it: `IsDeleted` and stamped at its deletion; undefined once purged from the Recycle Bin. */
export function deletedRow<K extends ObjectName>(store: Store, object: K, index: number): SalesforceObjects[K] | undefined {
  const data = store.data[object];
  const record = data.peek(index);
  const at = data.updatedAt(index);
  if (!record || at === undefined || !data.isRemoved(index) || store.bin.purged(data, index, at)) return undefined;
  return { ...record, IsDeleted: true, LastModifiedDate: sfDateTime(at), SystemModstamp: sfDateTime(at) };
}

function patchIn<T extends { LastModifiedDate: string; SystemModstamp: string }>(
  data: Dataset<T>,
  index: number,
  fields: Record<string, unknown>,
): void {
  data.update([index], (record, { at }) => ({ ...record, ...fields, LastModifiedDate: sfDateTime(at), SystemModstamp: sfDateTime(at) }));
}

/**
 * Set fields on one record as an API update does, moving its
 * LastModifiedDate and SystemModstamp to now.
 *
 * @example
 * patchRecord(store, 'Contact', 3, { Tributary_Score__c: 12.5 });
 */
export function patchRecord(store: Store, object: ObjectName, index: number, fields: Record<string, unknown>): void {
  const { data } = store;
  const patchers: Record<ObjectName, () => void> = {
    Account: () => patchIn(data.Account, index, fields),
    Contact: () => patchIn(data.Contact, index, fields),
    Lead: () => patchIn(data.Lead, index, fields),
    Opportunity: () => patchIn(data.Opportunity, index, fields),
    OpportunityContactRole: () => patchIn(data.OpportunityContactRole, index, fields),
    Task: () => patchIn(data.Task, index, fields),
    Event: () => patchIn(data.Event, index, fields),
  };
  patchers[object]();
}

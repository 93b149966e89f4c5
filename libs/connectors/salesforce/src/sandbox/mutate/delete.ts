import type { Dataset } from '@tributary/sandbox';
import type { Store } from '../store.js';
import type { ObjectName } from '../types.js';

/** Remove every live record of `data` matching `where`; returns their ids. */
function removeWhere<T extends { Id: string }>(data: Dataset<T>, where: (record: T) => boolean): string[] {
  const indexes = [...data.range()].filter(([, record]) => where(record)).map(([index]) => index);
  return data.remove(indexes).flatMap((c) => (c.before ? [c.before.Id] : []));
}

/** What goes with deleted records, as in Salesforce: an account's contacts and opportunities, their roles and activities. */
function cascade(store: Store, object: ObjectName, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const { data } = store;
  const gone = new Set(ids);
  if (object === 'Account') {
    for (const id of removeWhere(data.Contact, (c) => c.AccountId !== null && ids.has(c.AccountId))) gone.add(id);
    for (const id of removeWhere(data.Opportunity, (o) => o.AccountId !== null && ids.has(o.AccountId))) gone.add(id);
  }
  if (object === 'Account' || object === 'Contact' || object === 'Opportunity') {
    removeWhere(data.OpportunityContactRole, (r) => gone.has(r.OpportunityId) || (r.ContactId !== null && gone.has(r.ContactId)));
    const related = (a: { WhoId: string | null; WhatId: string | null; AccountId: string | null }) =>
      [a.WhoId, a.WhatId, a.AccountId].some((id) => id !== null && gone.has(id));
    removeWhere(data.Task, related);
    removeWhere(data.Event, related);
  }
  if (object === 'Lead') {
    removeWhere(data.Task, (t) => t.WhoId !== null && ids.has(t.WhoId));
    removeWhere(data.Event, (e) => e.WhoId !== null && ids.has(e.WhoId));
  }
}

/**
 * Delete records (a count, or these indexes) (to the recycle bin: `queryAll` shows them with
 * `IsDeleted = true` and a new SystemModstamp for 15 days), with what
 * Salesforce deletes along with them. Returns the ids picked.
 *
 * @example
 * deleteRecords(store, 'Account', 2) // ['001...', '001...'] (their contacts, deals and activities go too)
 */
export function deleteRecords(store: Store, object: ObjectName, target: number | readonly number[]): string[] {
  const { data } = store;
  const removed = <T extends { Id: string }>(d: Dataset<T>) => d.remove(target).flatMap((c) => (c.before ? [c.before.Id] : []));
  const removers: { [K in ObjectName]: () => string[] } = {
    Account: () => removed(data.Account),
    Contact: () => removed(data.Contact),
    Lead: () => removed(data.Lead),
    Opportunity: () => removed(data.Opportunity),
    OpportunityContactRole: () => removed(data.OpportunityContactRole),
    Task: () => removed(data.Task),
    Event: () => removed(data.Event),
  };
  const ids = removers[object]();
  cascade(store, object, new Set(ids));
  return ids;
}

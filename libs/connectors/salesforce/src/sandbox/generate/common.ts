import type { Rng } from '@tributary/sandbox';
import { DAY_MS, sfDateTime, spread } from '../clock.js';
import type { ObjectName } from '../types.js';
import type { World } from '../world.js';

/** When a record was created and last modified (ms). */
export interface Stamp {
  created: number;
  modified: number;
}

/**
 * Timestamps of generated record `index`: created evenly over the object's
 * window; last modified a little later, or (one in ten) recently, so that
 * SystemModstamp order differs from creation order as in a real org.
 */
export function generatedStamp(world: World, index: number, count: number, rng: Rng, activity = false): Stamp {
  const start = activity ? world.history.activityStart : world.history.start;
  const { end } = world.history;
  const created = spread(start, end, count, index);
  const step = count > 1 ? (end - start) / (count - 1) : 0;
  if (rng.chance(0.1)) return { created, modified: Math.max(created, world.clock.anchor - rng.int(3_600_000, 60 * DAY_MS)) };
  // Never later than the end of history: every vendor-side change must be newer than all generated stamps.
  return { created, modified: Math.min(end, created + rng.int(0, Math.max(0, Math.floor(step / 2) - 1))) };
}

/** A new record made by a vendor-side change at `at`. */
export const freshStamp = (at: number): Stamp => ({ created: at, modified: at });

/** Id, owner, timestamps and (multi-currency orgs) the record currency. */
export function systemFields(world: World, object: ObjectName, index: number, rng: Rng, stamp: Stamp) {
  return {
    Id: world.ids[object].encode(index),
    IsDeleted: false,
    CreatedDate: sfDateTime(stamp.created),
    LastModifiedDate: sfDateTime(stamp.modified),
    SystemModstamp: sfDateTime(stamp.modified),
    OwnerId: rng.pick(world.userIds),
    ...(world.multiCurrency ? { CurrencyIsoCode: world.currency } : {}),
  };
}

/** A record currency for a multi-currency org: mostly the corporate one. JPY and KWD exercise 0 and 3 decimals. */
export function recordCurrency(world: World, rng: Rng): string {
  if (!world.multiCurrency) return world.currency;
  const other = rng.weighted({ corporate: 70, EUR: 12, GBP: 8, JPY: 6, KWD: 4 });
  return other === 'corporate' ? world.currency : other;
}

/** Index `i` of `count` spread over `over` records (floor), e.g. the account of contact `i`. */
export const proportional = (i: number, count: number, over: number): number => Math.floor((i * over) / Math.max(1, count));

/** The first and last index `j` with `proportional(j, count, over) === target`. */
export function proportionalRange(target: number, count: number, over: number): [number, number] {
  if (over === 0) return [0, -1];
  return [Math.ceil((target * count) / over), Math.ceil(((target + 1) * count) / over) - 1];
}

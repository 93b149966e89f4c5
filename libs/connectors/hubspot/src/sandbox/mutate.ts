import type { Rng, Target } from '@tributary/sandbox';
import { PIPELINES } from './pipelines.js';
import type { SimObject, SimType } from './types.js';
import type { World } from './world.js';

/** A vendor-side edit of one record type: new property values (the stamp is set by the mutation). */
type Edit = (record: SimObject, rng: Rng) => SimObject['props'];

const EDITS: Readonly<Record<SimType, Edit>> = {
  companies: (r, rng) => ({ ...r.props, numberofemployees: String(rng.int(2, 20_000)) }),
  contacts: (r, rng) => ({
    ...r.props,
    jobtitle: `${rng.pick(['Head', 'Director', 'VP'])} of ${rng.pick(['Sales', 'Growth', 'Ops'])}`,
    lifecyclestage: 'customer',
  }),
  deals: (r, rng) => {
    const stages = PIPELINES.find((p) => p.id === r.props['pipeline'])?.stages.filter((s) => !s.archived) ?? [];
    return { ...r.props, dealstage: rng.pick(stages).id, amount: r.props['amount'] === null ? null : String(rng.int(1_000, 90_000)) };
  },
  meetings: (r) => ({ ...r.props, hs_meeting_outcome: 'COMPLETED' }),
  calls: (r) => ({ ...r.props, hs_call_status: 'COMPLETED' }),
};

/** Vendor-side changes, each stamped by the portal's millisecond clock. Each returns the ids it touched. */
export interface HubSpotMutations {
  /** Edit records (picked deterministically, or by index): their modification stamp moves to now. */
  update(type: SimType, target: Target): string[];
  /** Edit records all in one instant, as an import or a workflow does: one stamp for all of them. */
  bulkUpdate(type: SimType, target: Target): string[];
  /** New records, linked like generated ones. */
  create(type: SimType, count: number): string[];
  /** Archive (delete) records: they leave searches and lists and appear with `archived=true`. */
  archive(type: SimType, target: Target): string[];
}

/** The mutations of one portal. */
export function createMutations(world: World): HubSpotMutations {
  const ids = (changes: readonly { after?: SimObject; before?: SimObject }[]) => changes.flatMap((c) => (c.after ?? c.before)?.id ?? []);
  return {
    update: (type, target) =>
      ids(world.stores[type].dataset.update(target, (r, { at, rng }) => ({ ...r, props: EDITS[type](r, rng), updatedAt: at }))),
    bulkUpdate(type, target) {
      const at = world.clock.stamp();
      return ids(world.stores[type].dataset.update(target, (r, { rng }) => ({ ...r, props: EDITS[type](r, rng), updatedAt: at })));
    },
    create: (type, count) => ids(world.stores[type].dataset.append(count, (index, { at, rng }) => world.build(type, index, rng, at))),
    archive: (type, target) => ids(world.stores[type].dataset.remove(target)),
  };
}

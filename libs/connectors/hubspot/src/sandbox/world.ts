import { createVendorClock, Dataset, deriveSeed, type Rng, type VendorClock } from '@tributary/sandbox';
import { historyStamps, layout, type GenContext, type Layout } from './generate/common.js';
import { company, contact, deal, type Stamps } from './generate/crm.js';
import { call, meeting } from './generate/engagements.js';
import type { Sizes } from './options.js';
import { ObjectStore } from './store.js';
import type { SimObject, SimType } from './types.js';

type Generate = (index: number, rng: Rng, at: Stamps, links: Layout) => SimObject;

const GENERATORS: Readonly<Record<SimType, Generate>> = {
  companies: (index, rng, at) => company(index, rng, at),
  contacts: contact,
  deals: deal,
  meetings: meeting,
  calls: call,
};

/** Two years of history, ending an hour before the simulator starts. */
const HISTORY_MS = 730 * 86_400_000;

/** The portal: one store per object type, the vendor clock, and how records link. */
export interface World {
  seed: number;
  sizes: Sizes;
  clock: VendorClock;
  layout: Layout;
  stores: Readonly<Record<SimType, ObjectStore>>;
  /** A new record of a type, as the generator would build record `index` at `at`. */
  build(type: SimType, index: number, rng: Rng, at: number): SimObject;
}

/**
 * The seeded portal: lazily generated records with stamps spread over the
 * history, and a millisecond clock (HubSpot keeps modification stamps to the
 * millisecond) that stamps vendor-side changes.
 */
export function createWorld(options: { seed: number; sizes: Sizes; now: () => Date }): World {
  const end = options.now().getTime() - 3_600_000;
  const ctx: GenContext = { seed: options.seed, sizes: options.sizes, history: { start: end - HISTORY_MS, end } };
  const clock = createVendorClock({ now: options.now });
  const links = layout(options.sizes);
  const store = (type: SimType): ObjectStore => {
    const stamps = historyStamps(ctx, type);
    const dataset = new Dataset<SimObject>({
      seed: deriveSeed(options.seed, type),
      size: options.sizes[type],
      generate: (index, rng) => GENERATORS[type](index, rng, { createdAt: stamps.created(index), updatedAt: stamps.updated(index) }, links),
      clock: () => clock.stamp(),
    });
    return new ObjectStore(type, dataset, stamps.updated);
  };
  const stores = {
    contacts: store('contacts'),
    companies: store('companies'),
    deals: store('deals'),
    meetings: store('meetings'),
    calls: store('calls'),
  };
  return {
    seed: options.seed,
    sizes: options.sizes,
    clock,
    layout: links,
    stores,
    build: (type, index, rng, at) => GENERATORS[type](index, rng, { createdAt: at, updatedAt: at }, links),
  };
}

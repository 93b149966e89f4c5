import { Dataset, fake, PagingError, type Rng, type VendorClock } from '@tributary/sandbox';

const HISTORY_MS = 90 * 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A contact as the vendor stores it. */
export interface DelivraiContactRecord {
  id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  archived: boolean;
  created_at: string;
  updated_at: string;
}

/** Vendor-side changes; each stamps `updated_at` with the vendor clock. */
export interface DelivraiMutations {
  /** Change `n` live contacts (a new last name). */
  update(n: number): void;
  /** Add `n` contacts. */
  add(n: number): void;
  /** Archive `n` live contacts: still listed, with `archived: true`. */
  archive(n: number): void;
}

function contact(index: number, rng: Rng, at: string): DelivraiContactRecord {
  const person = fake.person(rng);
  const id = `ct_${String(index + 1).padStart(8, '0')}`;
  return {
    id,
    email: person.email,
    first_name: person.firstName,
    last_name: person.lastName,
    archived: false,
    created_at: at,
    updated_at: at,
  };
}

/**
 * `size` seeded contacts changed over the 90 days before `historyEnd`
 * (record i is built from the seed and i alone), and the changes made since.
 */
export function createContacts(options: { seed: number; size: number; historyEnd: Date; clock: VendorClock }) {
  const step = Math.floor(HISTORY_MS / Math.max(1, options.size));
  const start = options.historyEnd.getTime() - options.size * step;
  const data = new Dataset<DelivraiContactRecord>({
    seed: options.seed,
    size: options.size,
    clock: () => options.clock.stamp(),
    generate: (i, rng) => contact(i, rng, new Date(start + i * step).toISOString()),
  });
  const live = (n: number) => data.pick(n, (c) => !c.archived);
  const mutate: DelivraiMutations = {
    update: (n) => void data.update(live(n), (c, { at, rng }) => ({ ...c, last_name: fake.lastName(rng), updated_at: iso(at) })),
    add: (n) => void data.append(n, (i, { at, rng }) => contact(i, rng, iso(at))),
    archive: (n) => void data.update(live(n), (c, { at }) => ({ ...c, archived: true, updated_at: iso(at) })),
  };
  return { data, mutate };
}

/**
 * The contacts changed at or after `since` (every one without it), oldest
 * change first: the order the list endpoint pages through.
 */
export function changedSince(data: Dataset<DelivraiContactRecord>, since: string | null): DelivraiContactRecord[] {
  const from = since === null ? -Infinity : Date.parse(since);
  if (Number.isNaN(from)) throw new PagingError(`updated_since must be an ISO 8601 timestamp, not "${since}"`, 'updated_since');
  const changed = [...data.range()].map(([, c]) => c).filter((c) => Date.parse(c.updated_at) >= from);
  return changed.sort((a, b) => a.updated_at.localeCompare(b.updated_at) || a.id.localeCompare(b.id));
}

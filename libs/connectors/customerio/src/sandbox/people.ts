import { Dataset, fake, type Rng, type VendorClock } from '@tributary/sandbox';

/** A person as the workspace stores them: identifiers and (string) attributes. */
export interface SimPerson {
  cio_id: string;
  id: string | null;
  email: string | null;
  attributes: Record<string, string>;
}

export interface PeopleMutations {
  /** Change the last name of `n` people. */
  rename(n: number): number[];
  /** Add `n` people. */
  add(n: number): number[];
}

/** `cio_id`s are hex strings Customer.io assigns; deterministic here. */
export const cioIdOf = (seed: number, index: number): string => `${(0xc10000 + seed).toString(16)}${String(index).padStart(6, '0')}`;

function person(seed: number, index: number, rng: Rng, createdMs: number): SimPerson {
  const who = fake.person(rng);
  const cioId = cioIdOf(seed, index);
  // A few people have no id of yours (created by email alone), a few no email.
  const id = index % 9 === 4 ? null : `user-${index + 1}`;
  const email = index % 23 === 11 ? null : who.email;
  const attributes: Record<string, string> = {
    cio_id: cioId,
    first_name: who.firstName,
    last_name: who.lastName,
    created_at: String(Math.floor(createdMs / 1000)),
    company: who.company,
  };
  if (id) attributes['id'] = id;
  if (email) attributes['email'] = email;
  return { cio_id: cioId, id, email, attributes };
}

/** `size` people created over the history before `end` (person i from the seed and i alone), and the changes since. */
export function createPeople(options: { seed: number; size: number; end: number; historyMs: number; clock: VendorClock }) {
  const step = Math.floor(options.historyMs / Math.max(1, options.size));
  const data = new Dataset<SimPerson>({
    seed: options.seed,
    size: options.size,
    clock: () => options.clock.stamp(),
    generate: (i, rng) => person(options.seed, i, rng, options.end - (options.size - i) * step),
  });
  const indexes = (changes: { index: number }[]) => changes.map((c) => c.index);
  const mutate: PeopleMutations = {
    rename: (n) =>
      indexes(
        data.update(n, (p, { rng }) => ({ ...p, attributes: { ...p.attributes, last_name: `${fake.lastName(rng)}-${rng.int(2, 99)}` } })),
      ),
    add: (n) => indexes(data.append(n, (i, { at, rng }) => person(options.seed, i, rng, at))),
  };
  return { data, mutate };
}

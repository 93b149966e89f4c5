import { createVendorClock, Dataset, type VendorClock } from '@tributary/sandbox';
import { generateMeeting, indexOfRecording } from './generate.js';
import type { SimMeeting, SimWebhook } from './types.js';
import { createWorld, type World } from './world.js';

export interface StoreOptions {
  seed: number;
  meetings: number;
  contacts: number;
  historyDays: number;
  now: () => Date;
  malformedMeetings: readonly number[];
}

/** What the simulated Fathom account holds: its meetings (lazily generated), in creation order, and its webhooks. */
export interface Store {
  world: World;
  meetings: Dataset<SimMeeting>;
  /** Fathom stamps times to the second. */
  clock: VendorClock;
  /** Meeting indexes served broken (for dead-letter tests). */
  malformed: ReadonlySet<number>;
  webhooks: SimWebhook[];
  /** Answers Fathom would POST to a `destination_url` later (transcripts and summaries asked for asynchronously). */
  callbacks: { url: string; body: unknown }[];
  /** When meeting `index` was created (ms). */
  createdAt(index: number): number;
  /** Set a new meeting's creation time (appended meetings). */
  setCreatedAt(index: number, ms: number): void;
  /** Live meeting indexes, newest created first: the order `GET /meetings` lists them in. */
  order(): readonly number[];
  /** The meeting with this recording id, if it exists and is live. */
  byRecordingId(recordingId: number): { index: number; meeting: SimMeeting } | undefined;
}

/** Base meetings are spread evenly over the history, one a step apart (at least a second), ending half an hour before creation. */
function baseTimeline(options: StoreOptions) {
  const end = Math.floor((options.now().getTime() - 30 * 60_000) / 1000) * 1000;
  const span = options.historyDays * 86_400_000;
  const step = Math.max(1000, Math.floor(span / Math.max(1, options.meetings) / 1000) * 1000);
  return (index: number): number => end - (options.meetings - 1 - index) * step;
}

/**
 * The simulator's state.
 *
 * @example
 * const store = createStore({ seed: 1, meetings: 50, contacts: 20, historyDays: 90, now: () => new Date(), malformedMeetings: [] });
 * store.order().length // 50
 */
export function createStore(options: StoreOptions): Store {
  const world = createWorld(options.seed, options.contacts, options.now().getTime());
  const clock = createVendorClock({ now: options.now, precisionMs: 1000 });
  const base = baseTimeline(options);
  const created = new Map<number, number>();
  const createdAt = (index: number): number => created.get(index) ?? base(index);
  const meetings = new Dataset<SimMeeting>({
    seed: options.seed,
    size: options.meetings,
    generate: (index, rng) => generateMeeting(world, index, base(index), rng),
    clock: () => clock.stamp(),
  });
  let cached: number[] | undefined;
  const order = (): readonly number[] => {
    if (cached && cached.length === meetings.liveCount()) return cached;
    const live: number[] = [];
    for (let i = 0; i < meetings.size; i++) if (!meetings.isRemoved(i)) live.push(i);
    cached = live.sort((a, b) => createdAt(b) - createdAt(a) || b - a);
    return cached;
  };
  return {
    world,
    meetings,
    clock,
    malformed: new Set(options.malformedMeetings),
    webhooks: [],
    callbacks: [],
    createdAt,
    setCreatedAt: (index, ms) => {
      created.set(index, ms);
      cached = undefined;
    },
    order,
    byRecordingId: (recordingId) => {
      const index = indexOfRecording(world, recordingId);
      const meeting = index === undefined ? undefined : meetings.get(index);
      return index !== undefined && meeting ? { index, meeting } : undefined;
    },
  };
}

import type { Slice } from './cursor.js';
import type { RunStream } from './records.js';

/** How much of a split slice's range is still unread (below its edge), or 0 when it cannot be split. */
function unread(slice: Slice, stream: RunStream | undefined): number {
  if (!stream?.split || slice.s.token === null || slice.s.edge === undefined) return 0;
  return slice.s.edge - (slice.s.range?.gte ?? stream.split.floor);
}

/**
 * Use spare concurrency: split slices of `phase` that still have pages,
 * widest unread range first, each at most once per round, until `limit`
 * slices of the phase are in flight. The slice keeps the newer half (its
 * page token stays valid within it); a new slice takes the older half.
 *
 * @example
 * splitSlices(run.slices, streams, 0, 8) // run.slices now holds up to 8 slices of phase 0
 */
export function splitSlices(slices: Slice[], streams: ReadonlyMap<string, RunStream>, phase: number, limit: number): void {
  let count = slices.filter((s) => s.phase === phase).length;
  const candidates = slices
    .filter((s) => s.phase === phase && unread(s, streams.get(s.stream)) >= 2)
    .sort((a, b) => unread(b, streams.get(b.stream)) - unread(a, streams.get(a.stream)));
  for (const slice of candidates) {
    if (count >= limit) return;
    const stream = streams.get(slice.stream);
    if (!stream?.split || slice.s.edge === undefined) continue;
    const gte = slice.s.range?.gte ?? stream.split.floor;
    const mid = Math.floor((gte + slice.s.edge) / 2);
    slice.s = { ...slice.s, range: { ...slice.s.range, gte: mid } };
    const older: Slice = { stream: slice.stream, partition: slice.partition, phase, s: { token: null, range: { gte, lt: mid } } };
    slices.splice(slices.indexOf(slice) + 1, 0, older);
    count++;
  }
}

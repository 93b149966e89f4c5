import { isConnectorError } from '../../errors/errors.js';
import { getPath } from '../../util/path.js';
import type { SliceState } from '../cursor.js';
import { resolveSetting, type UpdatedSince } from '../incremental.js';
import type { RunStream } from '../records.js';
import type { Strategy } from './types.js';

const spec = (stream: RunStream): UpdatedSince => stream.incremental as UpdatedSince;

/** An item's modification time as an ISO string (epoch seconds or ms converted), or undefined. */
export function stampOf(value: unknown, format: UpdatedSince['format'] = 'iso'): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(format === 'unix' ? value * 1000 : value).toISOString();
  }
  if (typeof value === 'string' && value !== '' && !Number.isNaN(Date.parse(value))) return value;
  return undefined;
}

/**
 * The later of two stamps (either may be null), kept in the vendor's own spelling.
 *
 * @example
 * laterStamp('2025-01-01T00:00:00.000+0000', null) // '2025-01-01T00:00:00.000+0000'
 */
export function laterStamp(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

const shift = (stamp: string, ms: number): string => (ms === 0 ? stamp : new Date(Date.parse(stamp) - ms).toISOString());
const earlier = (a: string, b: string): string => (Date.parse(a) <= Date.parse(b) ? a : b);

function newestOn(stream: RunStream, items: readonly unknown[], seen: string | null | undefined): string | null {
  const { cursorField, format } = spec(stream);
  let newest = seen ?? null;
  for (const item of items) newest = laterStamp(newest, stampOf(getPath(item, cursorField), format));
  return newest;
}

/**
 * Whether restarting from the newest stamp seen moves the query forward: a
 * page whose items all carry the window's lower bound (more rows changed in
 * one instant than the cap) would restart at the same place forever, so the
 * query pages on instead.
 */
const advances = (seen: string | null, since: string | null | undefined): boolean =>
  seen !== null && (since === null || since === undefined || Date.parse(seen) > Date.parse(since));

/** Restart the window's query from the newest stamp seen (inclusive; re-reading a row is harmless). */
const restarted = (state: SliceState): SliceState => ({ ...state, token: null, since: state.seen ?? state.since ?? null, count: 0 });

/**
 * A modified-at watermark with an overlap window: read items changed at or
 * after (watermark - overlap), in bounded windows when declared; the new
 * watermark is the newest stamp read (or, for windowed reads, the end of
 * the last window).
 */
export const updatedSince: Strategy = {
  plan: ({ stream, stored, ctx, now }) => {
    const s = spec(stream);
    const watermark = stored?.watermark ?? null;
    const overlap = resolveSetting(s.overlapMs ?? 0, ctx);
    let since = watermark ? shift(watermark, overlap) : resolveSetting(s.startAt ?? null, ctx);
    if (s.windowMs && since === null) since = new Date(now.getTime() - s.windowMs).toISOString();
    const state: SliceState = { token: null, since, initial: watermark === null, seen: null, count: 0 };
    if (s.windowMs && since !== null) {
      state.end = now.toISOString();
      state.until = earlier(new Date(Date.parse(since) + s.windowMs).toISOString(), state.end);
    }
    return state;
  },
  window: (state, partition) => ({
    token: state.token,
    since: state.since ?? null,
    initial: state.initial ?? false,
    ...(state.until ? { until: state.until } : {}),
    ...(partition ? { partition } : {}),
  }),
  advance: ({ stream, state, page, stored, now }) => {
    const s = spec(stream);
    const seen = newestOn(stream, page.items, state.seen);
    const count = (state.count ?? 0) + page.items.length;
    if (page.restart) return { state: restarted({ ...state, seen }) };
    if (page.next !== null) {
      if (s.maxItemsPerQuery && count >= s.maxItemsPerQuery && advances(seen, state.since)) return { state: restarted({ ...state, seen }) };
      return { state: { ...state, token: page.next, seen, count } };
    }
    // Windows walk to where the run began (older states without `end`: to now), not to a clock that keeps moving.
    const end = state.end ?? now.toISOString();
    if (s.windowMs && state.until && Date.parse(state.until) < Date.parse(end)) {
      const until = earlier(new Date(Date.parse(state.until) + s.windowMs).toISOString(), end);
      return { state: { ...state, token: null, since: state.until, until, seen, count: 0 } };
    }
    const covered = s.windowMs ? laterStamp(seen, state.until) : seen;
    return { done: true, stored: { ...stored, watermark: laterStamp(stored?.watermark, covered) } };
  },
  recover: (stream, state, error) => (isConnectorError(error) && stream.restartOn?.(error) ? restarted(state) : null),
};

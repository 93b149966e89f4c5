import { addDays, chunkOf, planDates, todayIn } from '../dates.js';
import { VendorError } from '../../errors/errors.js';
import { resolveSetting, type DateWindows } from '../incremental.js';
import type { RunStream } from '../records.js';
import type { Strategy } from './types.js';

const spec = (stream: RunStream): DateWindows => stream.incremental as DateWindows;

function today(s: DateWindows, partition: Parameters<NonNullable<DateWindows['timeZone']>>[0], now: Date): string {
  const zone = s.timeZone?.(partition) ?? 'UTC';
  try {
    return todayIn(zone, now);
  } catch {
    throw new VendorError(
      `${partition ? `Partition ${partition.key}` : 'The stream'} reports a time zone this runtime does not know: ${zone}`,
    );
  }
}

/**
 * Metrics by day: plan the partition's dates (history start, lookback,
 * gaps), read them in chunks; a chunk read in one page is declared complete
 * for the pipeline (stored days the vendor left out are zeroed).
 */
export const dateWindows: Strategy = {
  plan: ({ stream, partition, stored, ctx, now }) => {
    const s = spec(stream);
    const range = planDates(
      {
        startDate: resolveSetting(s.startDate, ctx),
        initialDays: resolveSetting(s.initialDays, ctx),
        lookbackDays: resolveSetting(s.lookbackDays, ctx),
      },
      stored,
      today(s, partition, now),
    );
    if (!range) return null;
    const chunk = chunkOf(range.from, range.to, resolveSetting(s.chunkDays, ctx));
    return { token: null, since: range.since, from: chunk.from, to: range.to, next: chunk.to };
  },
  window: (state, partition) => ({
    token: state.token,
    from: state.from ?? '',
    to: state.next ?? state.to ?? '',
    ...(partition ? { partition } : {}),
  }),
  advance: ({ stream, state, page, partition, stored, ctx }) => {
    if (page.next !== null) return { state: { ...state, token: page.next, count: (state.count ?? 0) + 1 } };
    const s = spec(stream);
    const from = state.from ?? '';
    const chunkEnd = state.next ?? '';
    // Only a chunk read in one response is known to hold every row the vendor has for those days.
    const whole = (state.count ?? 0) === 0 && stream.entity === 'channel_metric';
    const account = s.completeAccount?.(partition) ?? partition?.key;
    const complete = whole && account ? [{ stream: stream.name, accountExternalId: account, from, to: chunkEnd }] : [];
    const to = state.to ?? chunkEnd;
    if (chunkEnd < to) {
      const next = chunkOf(addDays(chunkEnd, 1), to, resolveSetting(s.chunkDays, ctx));
      return { state: { ...state, token: null, count: 0, from: next.from, next: next.to }, complete };
    }
    return { done: true, stored: { ...stored, since: state.since ?? from, through: to }, complete };
  },
};

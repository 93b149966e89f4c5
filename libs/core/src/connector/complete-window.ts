import { z } from 'zod';
import { ValidationError } from '../errors/errors.js';
import type { StreamSpec } from './manifest.js';

/**
 * A page's promise that it holds every non-zero row of `stream` for one
 * account and a range of days (`from`..`to`, YYYY-MM-DD, inclusive). Ad
 * platforms leave out rows whose metrics are all zero, so a stored row of
 * the window that the page does not carry is all zero at the vendor now
 * (a day restated to nothing, every click of it refunded as invalid).
 *
 * @example
 * CompleteWindow.parse({ stream: 'campaign_metrics', accountExternalId: '1234567890', from: '2026-10-01', to: '2026-10-30' });
 */
export const CompleteWindow = z
  .object({
    stream: z.string().min(1),
    /** The `accountExternalId` the stream's records carry (the stored `account_external_id`). */
    accountExternalId: z.string().min(1),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .refine((w) => w.from <= w.to, { message: '`from` is after `to`', path: ['to'] });
export type CompleteWindow = z.infer<typeof CompleteWindow>;

/** The only entity whose streams may declare complete windows: rows keyed by account and day, absent when all zero. */
export const COMPLETE_WINDOW_ENTITY = 'channel_metric';

/**
 * Check the windows a page declares against the connector's streams. A
 * window for an unknown stream, for a stream of another entity than
 * `channel_metric`, or with bad dates is a connector bug: it throws a
 * `validation` error (the sync fails) rather than being ignored, because
 * an ignored window would leave stale rows without a trace.
 *
 * @example
 * checkCompleteWindows(page.complete, streamsByName) // the windows, parsed
 */
export function checkCompleteWindows(
  declared: readonly unknown[] | undefined,
  streams: ReadonlyMap<string, Pick<StreamSpec, 'name' | 'entity'>>,
): CompleteWindow[] {
  return (declared ?? []).map((value) => {
    const parsed = CompleteWindow.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(
        `The connector declared an invalid complete window: ${issue?.path.join('.') || '(window)'}: ${issue?.message}`,
      );
    }
    const stream = streams.get(parsed.data.stream);
    if (stream?.entity !== COMPLETE_WINDOW_ENTITY) {
      throw new ValidationError(
        `The connector declared a complete window for stream "${parsed.data.stream}", ${stream ? `whose entity is ${stream.entity}` : 'which it does not declare'}: only ${COMPLETE_WINDOW_ENTITY} streams may declare complete windows`,
      );
    }
    return parsed.data;
  });
}

import { z } from 'zod';
import { ValidationError } from '../errors/errors.js';
import type { StreamSpec } from './manifest.js';

const encoder = new TextEncoder();

/**
 * Order two ids by their UTF-8 bytes: the order PostgreSQL's `COLLATE "C"`
 * compares them in, independent of any locale.
 *
 * @example
 * compareIds('003A', '003a') // -1 ('A' is 0x41, 'a' is 0x61)
 */
export function compareIds(a: string, b: string): number {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

/**
 * A page's promise that `ids` are exactly the ids of the rows of `stream`
 * the vendor still holds in one id range: those that sort (bytewise) after
 * `after` and at or before `through` (null: unbounded on that side). A
 * stored live row of the stream's entity in the range whose id is not
 * listed was deleted at the vendor, and the pipeline tombstones it in the
 * same transaction as the page. The range must leave out the ids of any
 * other stream that stores the same entity (Salesforce: each object's ids
 * start with its own key prefix).
 *
 * @example
 * CompleteIds.parse({ stream: 'contacts', ids: ['003A', '003B'], after: '003', through: '003~' });
 */
export const CompleteIds = z
  .object({
    stream: z.string().min(1),
    ids: z.array(z.string().min(1)),
    after: z.string().nullable(),
    through: z.string().nullable(),
  })
  .refine((r) => r.after === null || r.through === null || compareIds(r.after, r.through) < 0, {
    message: '`after` must sort before `through`',
    path: ['through'],
  })
  .refine(
    (r) => r.ids.every((id) => (r.after === null || compareIds(id, r.after) > 0) && (r.through === null || compareIds(id, r.through) <= 0)),
    {
      message: 'every id must lie in the range (after `after`, up to and including `through`)',
      path: ['ids'],
    },
  );
export type CompleteIds = z.infer<typeof CompleteIds>;

/** Declared complete ids with the entity whose stored rows they cover. */
export type CheckedIds = CompleteIds & { entity: StreamSpec['entity'] };

/**
 * Check the id ranges a page declares against the connector's streams. A
 * range for an unknown stream, an inverted range or an id outside its
 * range is a connector bug: it throws a `validation` error (the sync
 * fails) rather than tombstoning rows on a wrong promise.
 *
 * @example
 * checkCompleteIds(page.reconcile, streamsByName) // the ranges, parsed, with their entity
 */
export function checkCompleteIds(
  declared: readonly unknown[] | undefined,
  streams: ReadonlyMap<string, Pick<StreamSpec, 'name' | 'entity'>>,
): CheckedIds[] {
  return (declared ?? []).map((value) => {
    const parsed = CompleteIds.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(`The connector declared invalid complete ids: ${issue?.path.join('.') || '(ids)'}: ${issue?.message}`);
    }
    const stream = streams.get(parsed.data.stream);
    if (!stream)
      throw new ValidationError(`The connector declared complete ids for stream "${parsed.data.stream}", which it does not declare`);
    return { ...parsed.data, entity: stream.entity };
  });
}

import { z } from 'zod';
import { ConfigError } from '../errors/errors.js';
import type { Json } from './types.js';

const JsonValue: z.ZodType<Json> = z.json();

export const PartitionSchema = z.object({ key: z.string(), data: z.record(z.string(), JsonValue).optional() });

/**
 * Where one slice of a run stands: the page token inside its window, and
 * what its strategy tracks (`since`/`until`/`seen` for `updatedSince`,
 * `from`..`next` (the chunk being read) and `to` (the run's last day) for `dateWindows`, `link` for `deltaLink`, `range` and
 * `edge` for split lists, `anchor` for a change feed).
 */
export const SliceState = z.object({
  token: z.string().nullable(),
  since: z.string().nullable().optional(),
  until: z.string().optional(),
  /** `updatedSince` with `windowMs`: where this run's walk ends (now at plan), so a clock that moves on does not add windows forever. */
  end: z.string().optional(),
  initial: z.boolean().optional(),
  seen: z.string().nullable().optional(),
  count: z.number().int().nonnegative().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  next: z.string().optional(),
  link: z.string().nullable().optional(),
  range: z.object({ gte: z.number().optional(), lt: z.number().optional() }).optional(),
  edge: z.number().optional(),
  anchor: JsonValue.optional(),
});
export type SliceState = z.infer<typeof SliceState>;

/** One unit of work of a run: a stream (or a change feed) in one partition. */
export const Slice = z.object({
  /** The stream name, or `feed:<name>` for a change feed. */
  stream: z.string(),
  partition: PartitionSchema.nullable(),
  /** Slices of a lower phase finish before any of a higher one starts (a feed replays after the list walks). */
  phase: z.number().int().nonnegative(),
  s: SliceState,
});
export type Slice = z.infer<typeof Slice>;

/** What a stream keeps between runs, per partition: a watermark, a date range, a delta link. */
export const StoredState = z.object({
  watermark: z.string().nullable().optional(),
  since: z.string().optional(),
  through: z.string().nullable().optional(),
  link: z.string().nullable().optional(),
  /** Streams that reconcile: when the run that last completed the stream began (ISO). */
  readAt: z.string().optional(),
});
export type StoredState = z.infer<typeof StoredState>;

/**
 * The cursor core stores for a declared connector (version 2): the state
 * every stream keeps between runs (per partition key; `''` when the stream
 * is not partitioned) and each change feed's position, and the run in
 * progress (its slices, the streams' run memos and when it began), or null between runs.
 */
export const SyncCursor = z.object({
  v: z.literal(2),
  state: z.object({
    streams: z.record(z.string(), z.record(z.string(), StoredState)),
    feeds: z.record(z.string(), JsonValue),
  }),
  run: z
    .object({
      slices: z.array(Slice),
      memo: z.record(z.string(), JsonValue),
      /** When the run was planned (ISO); absent in runs planned before it was kept. */
      startedAt: z.string().optional(),
    })
    .nullable(),
});
export type SyncCursor = z.infer<typeof SyncCursor>;

/** A cursor with nothing stored: what a full sync starts from. */
export const emptyCursor = (): SyncCursor => ({ v: 2, state: { streams: {}, feeds: {} }, run: null });

/**
 * Read a stored cursor: a version-2 cursor, or an older connector-owned
 * one through `legacy` (connectors that kept their own cursor before the
 * SDK translate it, so a stored checkpoint still resumes).
 *
 * @example
 * decodeCursor(null) // an empty cursor
 * decodeCursor('{"v":1,...}', (old) => fromV1(old)) // the translated cursor
 */
export function decodeCursor(text: string | null, legacy?: (value: unknown) => SyncCursor | null): SyncCursor {
  if (text === null) return emptyCursor();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('The stored sync cursor is unreadable; run a full sync to reset it');
  }
  const parsed = SyncCursor.safeParse(json);
  if (parsed.success) return parsed.data;
  const translated = legacy?.(json);
  if (translated) return SyncCursor.parse(translated);
  throw new ConfigError('The stored sync cursor does not match this connector version; run a full sync to reset it');
}

export const encodeCursor = (cursor: SyncCursor): string => JSON.stringify(cursor);

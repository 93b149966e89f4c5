import { defineStream, todayIn, type PageWindow, type PartitionSpec, type StreamContext, type StreamPage } from '@tributary/core';
import { z } from 'zod';
import { CLARITY_INSIGHTS_PATH, ClarityInsights, ClaritySnapshotRow } from '../api.js';
import type { ClaritySettings } from '../config.js';
import { figures, joinBlocks } from '../snapshot.js';

export const LIVE_INSIGHTS = 'live_insights';
/** The `source` of every Clarity row. */
export const CLARITY_SOURCE = 'clarity';
/**
 * A snapshot covers the 24 h before the call; it is filed under the UTC date
 * of that window's middle (the call time minus 12 h), which is what UTC-12
 * calls "today". A call at 00:30 UTC files the day before, one at 18:00 the same day.
 */
export const SNAPSHOT_ZONE = 'Etc/GMT+12';

/**
 * The day a snapshot taken at `at` is filed under.
 *
 * @example
 * snapshotDay(new Date('2026-12-06T00:30:00Z')) // '2026-12-05'
 */
export const snapshotDay = (at: Date): string => todayIn(SNAPSHOT_ZONE, at);

/** The row's key: project, day, and the dimension values in the settings' order. */
export const snapshotKey = (row: { projectId: string; date: string; dimensions: Record<string, string> }): string =>
  `${row.projectId}:${row.date}:${Object.entries(row.dimensions)
    .map(([k, v]) => `${k}=${v}`)
    .join('|')}`;

/** A breakdown's partition key (`Device+Channel`) and back. */
export const setKey = (dimensions: readonly string[]): string => dimensions.join('+');
export const dimensionsOf = (key: string): string[] => key.split('+').filter(Boolean);

/** One partition per breakdown: each is one request a day and keeps its own last snapshot day. */
export const breakdowns: PartitionSpec<ClaritySettings> = {
  list: (ctx) => ctx.settings.dimensionSets.map((set) => ({ key: setKey(set) })),
  still: (partition, ctx) => ctx.settings.dimensionSets.some((set) => setKey(set) === partition.key),
};

/** A day the plan asks for that is no longer the snapshot's: Clarity keeps no history, so it is gone. */
export const MISSED = 'missedDay';

/**
 * One day of the plan. The current snapshot day: one call with
 * `numOfDays=1` and the settings' dimensions, blocks joined into rows. An
 * earlier day (no sync ran while it was the last 24 h): no call, one item
 * the schema rejects, so the run's dead letters say the day was lost.
 * https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-data-export-api
 */
export async function readSnapshot(window: PageWindow, ctx: StreamContext<ClaritySettings>): Promise<StreamPage> {
  const day = window.from ?? '';
  const { projectId } = ctx.settings;
  const dimensions = dimensionsOf(window.partition?.key ?? '');
  if (day < snapshotDay(ctx.now())) {
    ctx.logger.warn({ projectId, day }, 'clarity day missed: no snapshot was taken while it was the last 24 h');
    return { items: [{ projectId, breakdown: setKey(dimensions), [MISSED]: day }], next: null };
  }
  const query = Object.fromEntries([['numOfDays', 1], ...dimensions.map((d, i) => [`dimension${i + 1}`, d])]);
  const { data } = await ctx.http.request({ path: CLARITY_INSIGHTS_PATH, query }, ClarityInsights);
  const rows = joinBlocks(data, dimensions).map((r) => ({ projectId, date: day, ...r }));
  ctx.logger.info({ projectId, day, rows: rows.length }, 'clarity snapshot');
  return { items: rows, next: null };
}

/** A snapshot row; the marker of a missed day fails with the reason an operator reads in the dead letters. */
const SnapshotOrMissed = z
  .looseObject({
    [MISSED]: z
      .never({
        error: (issue) =>
          `${String(issue.input)} was not snapshotted while it was the last 24 h, and Clarity keeps no history: the day is lost`,
      })
      .optional(),
  })
  .pipe(ClaritySnapshotRow);

/**
 * Clarity's live insights, snapshotted once a day into the row of the day
 * the last 24 h mostly cover: one row per project, day and combination of
 * each breakdown's dimensions. A re-run the same day re-snapshots that day; a day
 * no sync covered is lost for good and shows as a dead letter.
 */
export const liveInsights = defineStream<ClaritySnapshotRow, ClaritySettings>({
  name: LIVE_INSIGHTS,
  entity: 'site_analytics',
  description: 'Daily snapshot of the last 24 h per project and dimension combination (no history: a missed day is lost)',
  label: 'day',
  schema: SnapshotOrMissed,
  primaryKey: MISSED,
  partitions: breakdowns,
  incremental: { type: 'dateWindows', initialDays: 1, lookbackDays: 1, chunkDays: 1, timeZone: () => SNAPSHOT_ZONE },
  read: readSnapshot,
  derive: (row) => {
    const { pagesPerSession, totalTimeSeconds, ...rest } = figures(row.metrics);
    return { externalId: snapshotKey(row), source: CLARITY_SOURCE, ...rest, properties: { pagesPerSession, totalTimeSeconds } };
  },
});

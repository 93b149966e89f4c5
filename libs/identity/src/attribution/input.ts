import { z } from 'zod';

export const ATTRIBUTION_MODELS = ['first_touch', 'last_touch', 'linear'] as const;
export const AttributionModel = z.enum(ATTRIBUTION_MODELS);
export type AttributionModel = z.infer<typeof AttributionModel>;

/** The longest range one report covers (about three years): a bound on the work of one query. */
export const MAX_RANGE_DAYS = 1_100;
export const DEFAULT_LOOKBACK_DAYS = 90;

const DAY_MS = 86_400_000;
const day = z.iso.date().describe('A UTC calendar day, YYYY-MM-DD');

/**
 * One attribution report's question: a model, an inclusive range of UTC
 * days and a lookback window (days before each revenue event in which
 * touches count).
 *
 * @example
 * AttributionQuery.parse({ model: 'linear', from: '2026-03-01', to: '2026-03-31' }) // lookbackDays: 90
 */
export const AttributionQuery = z
  .object({
    model: AttributionModel,
    from: day,
    to: day,
    lookbackDays: z.number().int().min(1).max(365).default(DEFAULT_LOOKBACK_DAYS),
  })
  .superRefine((q, ctx) => {
    const span = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS;
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
    else if (span >= MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `the range is at most ${MAX_RANGE_DAYS} days` });
  });
export type AttributionQuery = z.output<typeof AttributionQuery>;
export type AttributionQueryInput = z.input<typeof AttributionQuery>;

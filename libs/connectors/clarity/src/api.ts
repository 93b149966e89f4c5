import { z } from 'zod';

/** The Data Export API version every request pins (in the path). */
export const CLARITY_API_VERSION = 'v1';
/** Where the API lives; sandbox connections are pointed at the simulator instead. */
export const CLARITY_API_BASE = 'https://www.clarity.ms';
/** The one endpoint: the last 1-3 days of a project, aggregated by up to three dimensions. */
export const CLARITY_INSIGHTS_PATH = `/export-data/api/${CLARITY_API_VERSION}/project-live-insights`;

/** The dimensions Clarity groups by (https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-data-export-api). */
export const CLARITY_DIMENSIONS = ['Browser', 'Device', 'Country/Region', 'OS', 'Source', 'Medium', 'Campaign', 'Channel', 'URL'] as const;
export const ClarityDimension = z.enum(CLARITY_DIMENSIONS);
export type ClarityDimension = z.infer<typeof ClarityDimension>;

/** A value as Clarity sends it: counts as strings, percentages as numbers, a missing one as null. */
const Value = z.union([z.string(), z.number(), z.null()]);

/** The answer: one block per metric, each with its rows (dimension values beside the metric's fields). */
export const ClarityInsights = z.array(
  z.object({ metricName: z.string().min(1), information: z.array(z.record(z.string(), Value)).default([]) }),
);
export type ClarityInsights = z.infer<typeof ClarityInsights>;

/**
 * One snapshot row as the stream stores it: the project, the day it is
 * filed under, the dimension values, and each metric block's fields for
 * that combination (as Clarity sent them).
 */
export const ClaritySnapshotRow = z.object({
  projectId: z.string().min(1),
  date: z.iso.date(),
  dimensions: z.record(z.string(), z.string()),
  metrics: z.record(z.string(), z.record(z.string(), Value)),
});
export type ClaritySnapshotRow = z.infer<typeof ClaritySnapshotRow>;

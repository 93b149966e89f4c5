import { z } from 'zod';
import { addDays } from './data.js';

export const DIMENSIONS = ['date', 'sessionDefaultChannelGroup', 'deviceCategory'];
export const METRICS = ['sessions', 'totalUsers', 'newUsers', 'screenPageViews', 'engagedSessions', 'userEngagementDuration', 'keyEvents'];
const RELATIVE = /^(\d{4}-\d{2}-\d{2}|today|yesterday|\d+daysAgo)$/;

/** The parts of a RunReportRequest the simulator honours; anything else GA would accept is ignored. */
export const SimReportRequest = z.object({
  dateRanges: z.array(z.object({ startDate: z.string().regex(RELATIVE), endDate: z.string().regex(RELATIVE) })).length(1),
  dimensions: z.array(z.object({ name: z.enum(DIMENSIONS) })).min(1),
  metrics: z.array(z.object({ name: z.enum(METRICS) })).min(1),
  limit: z.coerce.number().int().min(1).max(250_000).default(10_000),
  offset: z.coerce.number().int().min(0).default(0),
  keepEmptyRows: z.boolean().default(false),
  returnPropertyQuota: z.boolean().default(false),
});
export type SimReportRequest = z.infer<typeof SimReportRequest>;

/** A GA date (`YYYY-MM-DD`, `today`, `yesterday`, `NdaysAgo`) as a date of the property's calendar. */
export function resolveDate(value: string, today: string): string {
  if (value === 'today') return today;
  if (value === 'yesterday') return addDays(today, -1);
  const ago = /^(\d+)daysAgo$/.exec(value);
  return ago ? addDays(today, -Number(ago[1])) : value;
}

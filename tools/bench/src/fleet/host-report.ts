import { z } from 'zod';
import type { JsonObject } from '../shared/json.js';
import type { MemorySamples } from './rss.js';

/** What a fleet host prints when it is done: one JSON line. */
export const HostReport = z.object({
  /** When the last schedule was set: the measured window starts here. */
  windowStartMs: z.number(),
  setupMs: z.number(),
  memory: z.object({ everyMs: z.number(), rss: z.array(z.number()), heap: z.array(z.number()) }),
  /** Temporal: workflows still open after the drain, terminated so none outlives the run. */
  terminated: z.number().optional(),
  /** Temporal: what the server did with the schedules' ticks (see ScheduleStats). */
  schedules: z
    .object({
      taken: z.number(),
      skippedOverlap: z.number(),
      missedCatchup: z.number(),
      takenLagMs: z.array(z.number()),
      undescribed: z.number(),
    })
    .optional(),
});
export type HostReport = z.infer<typeof HostReport>;

export function printHostReport(report: HostReport & { memory: MemorySamples }): void {
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** The host's line, checked (a host that printed something else fails the run). */
export const parseHostReport = (line: JsonObject): HostReport => HostReport.parse(line);

/** Concurrent-request and unrecognised quota answers: wait this long. */
export const DEFAULT_QUOTA_WAIT_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds from `now` to the next midnight in `timeZone` (Google's daily quotas reset at midnight Pacific). */
export function untilMidnight(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(now)
    .map((p) => [p.type, Number(p.value)] as const);
  const get = (type: string) => parts.find(([t]) => t === type)?.[1] ?? 0;
  const elapsed = ((get('hour') % 24) * 3600 + get('minute') * 60 + get('second')) * 1000 + now.getUTCMilliseconds();
  return DAY_MS - elapsed;
}

/**
 * How long a RESOURCE_EXHAUSTED answer holds the connection, from the quota
 * its message names: the hourly property quotas refill within the hour, the
 * daily one at midnight Pacific, concurrent requests in moments.
 * https://developers.google.com/analytics/devguides/reporting/data/v1/quotas
 *
 * @example
 * quotaWaitMs('Exhausted property tokens per hour.', new Date('2026-12-06T11:45:00Z')) // 900000
 */
export function quotaWaitMs(message: string, now: Date): number {
  const text = message.toLowerCase();
  if (text.includes('per day')) return untilMidnight(now, 'America/Los_Angeles');
  if (text.includes('per hour')) return HOUR_MS - (now.getTime() % HOUR_MS);
  if (text.includes('concurrent')) return 1_000;
  return DEFAULT_QUOTA_WAIT_MS;
}

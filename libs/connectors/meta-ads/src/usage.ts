import { z } from 'zod';

/** One business use case's usage in `X-Business-Use-Case-Usage` (values are percentages, the wait in minutes). */
const BusinessUseCase = z.looseObject({
  type: z.string().optional(),
  call_count: z.number().optional(),
  total_cputime: z.number().optional(),
  total_time: z.number().optional(),
  estimated_time_to_regain_access: z.number().min(0).optional(),
});
const BusinessUsage = z.record(z.string(), z.array(BusinessUseCase));
/** `X-Ad-Account-Usage`: the account's utilisation and seconds until its window resets. */
const AdAccountUsage = z.looseObject({ acc_id_util_pct: z.number().optional(), reset_time_duration: z.number().min(0).optional() });

function json<T>(schema: z.ZodType<T>, value: string | null): T | undefined {
  if (!value) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How long Meta asks a throttled caller to wait, from its usage headers:
 * the largest `estimated_time_to_regain_access` (minutes) of
 * `X-Business-Use-Case-Usage`, or `reset_time_duration` (seconds) of
 * `X-Ad-Account-Usage`. Undefined when no header names a wait.
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting#headers
 *
 * @example
 * throttleWaitMs(new Headers({ 'x-business-use-case-usage': '{"123":[{"type":"ads_insights","estimated_time_to_regain_access":5}]}' })) // 300_000
 */
export function throttleWaitMs(headers: Headers): number | undefined {
  const business = json(BusinessUsage, headers.get('x-business-use-case-usage'));
  const minutes = Object.values(business ?? {})
    .flat()
    .map((u) => u.estimated_time_to_regain_access ?? 0);
  const seconds = json(AdAccountUsage, headers.get('x-ad-account-usage'))?.reset_time_duration ?? 0;
  const wait = Math.max(0, ...minutes.map((m) => m * 60_000), seconds * 1000);
  return wait > 0 ? wait : undefined;
}

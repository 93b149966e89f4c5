import { z } from 'zod';
import { GoogleAdsFailure, type GoogleAdsErrorBody } from './api.js';

/** One `errorCode` of a GoogleAdsFailure: `{quotaError: 'RESOURCE_EXHAUSTED'}` -> category + value. */
export interface FailureCode {
  category: string;
  value: string;
  message: string;
}

/**
 * The error codes of a GoogleAdsFailure, in order.
 *
 * @example
 * failureCodes({ '@type': '...GoogleAdsFailure', errors: [{ errorCode: { authorizationError: 'USER_PERMISSION_DENIED' }, message: 'm' }] })
 * // [{ category: 'authorizationError', value: 'USER_PERMISSION_DENIED', message: 'm' }]
 */
export function failureCodes(failure: z.infer<typeof GoogleAdsFailure> | undefined): FailureCode[] {
  const out: FailureCode[] = [];
  for (const error of failure?.errors ?? []) {
    for (const [category, value] of Object.entries(error.errorCode)) {
      if (typeof value === 'string') out.push({ category, value, message: error.message });
    }
  }
  return out;
}

/** A protobuf Duration in JSON (`"30s"`, `"1.5s"`) or as an object (`{seconds: "30", nanos: 0}`). */
const Duration = z.union([
  z
    .string()
    .regex(/^\d+(\.\d+)?s$/)
    .transform((s) => Math.round(Number(s.slice(0, -1)) * 1000)),
  z
    .object({ seconds: z.union([z.string(), z.number()]).default(0), nanos: z.number().default(0) })
    .transform((d) => Math.round(Number(d.seconds) * 1000 + d.nanos / 1e6)),
]);

const QuotaDetails = z.looseObject({
  quotaErrorDetails: z.looseObject({ retryDelay: Duration.optional(), retry_delay: Duration.optional() }).optional(),
  quota_error_details: z.looseObject({ retry_delay: Duration.optional(), retryDelay: Duration.optional() }).optional(),
});
const RetryInfo = z.looseObject({ '@type': z.string().endsWith('google.rpc.RetryInfo'), retryDelay: Duration });

/**
 * How long Google asks to wait: `QuotaErrorDetails.retry_delay` inside the
 * GoogleAdsFailure (camelCase in REST, snake_case in some proxies), or a
 * `google.rpc.RetryInfo` beside it. Undefined when Google gave none.
 *
 * @example
 * retryDelayMs(quotaEnvelope) // 40_591_000 for "retryDelay": "40591s"
 */
export function retryDelayMs(body: GoogleAdsErrorBody): number | undefined {
  for (const detail of body.error.details) {
    const info = RetryInfo.safeParse(detail);
    if (info.success) return info.data.retryDelay;
    const failure = GoogleAdsFailure.safeParse(detail);
    for (const error of failure.success ? failure.data.errors : []) {
      const details = QuotaDetails.safeParse(error.details ?? {});
      if (!details.success) continue;
      const quota = details.data.quotaErrorDetails ?? details.data.quota_error_details;
      const delay = quota?.retryDelay ?? quota?.retry_delay;
      if (delay !== undefined) return delay;
    }
  }
  return undefined;
}

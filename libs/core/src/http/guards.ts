import { redactText } from '../util/redact.js';
import { parseRetryAfter } from './retry-after.js';

/**
 * Guards around ky used by ./client.ts: the parts of an attempt ky does
 * not bound (the body, the vendor's rate-limit reset headers) and the
 * low-level errors it throws (which hold the request and its raw URL).
 */

/** Headers ky reads, in this order, for the wait before retrying a 413/429/503. */
const WAIT_HEADERS = ['retry-after', 'ratelimit-reset', 'x-ratelimit-retry-after', 'x-ratelimit-reset', 'x-rate-limit-reset'];
/** ky reads numbers at or above this many ms as epoch timestamps. */
const KY_EPOCH_THRESHOLD = Date.parse('2024-01-01');

/**
 * How long ky would wait before retrying a response it honours headers
 * for: ms, NaN when the header is unreadable (ky would then wait about 25
 * days), undefined when there is none.
 */
export function serverWait(headers: Headers, now: number = Date.now()): number | undefined {
  const name = WAIT_HEADERS.find((h) => headers.get(h) !== null);
  const value = name === undefined ? '' : (headers.get(name) ?? '');
  if (value === '') return undefined;
  const ms = Number(value) * 1000;
  if (Number.isNaN(ms)) return parseRetryAfter(value, now) ?? Number.NaN;
  return ms >= KY_EPOCH_THRESHOLD ? ms - now : ms;
}

/**
 * A body reader bounded by the per-attempt timeout: ky's timeout stops
 * once the headers arrive, so a body that stalls would otherwise hang the
 * request forever. Pass `signal` to the fetch; `read` aborts it on expiry.
 */
export function boundedBody(timeoutMs: number): { signal: AbortSignal; read(response: Response): Promise<string> } {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    async read(response) {
      const timer = setTimeout(() => controller.abort(new Error(`body not received within ${timeoutMs} ms`)), timeoutMs);
      try {
        return await response.text();
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * A plain copy of a low-level error (name, code, redacted message and
 * stack, causes) safe to keep as a ConnectorError's cause: ky's errors
 * carry the request, its headers and its unredacted URL.
 */
export function scrubError(error: unknown, secrets: readonly string[], depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined;
  const cause = scrubError(error.cause, secrets, depth + 1);
  const copy = new Error(redactText(error.message, secrets), cause ? { cause } : undefined);
  copy.name = error.name;
  copy.stack = redactText(error.stack ?? `${error.name}: ${error.message}`, secrets);
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far `X-CIO-Timestamp` may be from now, either way (a replayed old delivery is refused). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * The `X-CIO-Signature` of a reporting webhook: hex HMAC-SHA256, keyed with
 * the webhook signing key, over `"v0:{timestamp}:{raw body}"`.
 *
 * @example
 * webhookSignature('signing-key', 1764000000, '{"event_id":"01"}') // 64 hex characters
 */
export function webhookSignature(key: string, timestamp: number, body: string): string {
  return createHmac('sha256', key).update(`v0:${timestamp}:${body}`).digest('hex');
}

/** Whether a hex signature matches the expected one, in constant time. */
export function signatureMatches(given: string, expected: string): boolean {
  if (!/^[0-9a-f]+$/i.test(given)) return false;
  const a = Buffer.from(given.toLowerCase(), 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The headers Customer.io sends with a delivery (for the sandbox and tests). */
export function signedHeaders(key: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return { 'X-CIO-Timestamp': String(timestamp), 'X-CIO-Signature': webhookSignature(key, timestamp, body) };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** Fathom signs webhooks the Standard Webhooks way (https://www.standardwebhooks.com/). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** How far the `webhook-timestamp` may be from now, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The HMAC key of a `whsec_<base64>` secret: the base64-decoded part after the prefix. */
export function webhookKey(secret: string): Buffer {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, 'base64');
}

/**
 * The `v1` signature of one delivery: base64 HMAC-SHA256 over
 * `"{webhook-id}.{webhook-timestamp}.{raw body}"`.
 *
 * @example
 * webhookSignature('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')
 * // 'g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' (the Standard Webhooks reference vector)
 */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', webhookKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** Whether one of the header's space-separated `v1,<base64>` signatures matches, compared in constant time. */
export function signatureMatches(header: string, expected: string): boolean {
  const want = Buffer.from(expected, 'base64');
  return header
    .split(' ')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1,'))
    .some((part) => {
      const given = Buffer.from(part.slice('v1,'.length), 'base64');
      return given.length === want.length && timingSafeEqual(given, want);
    });
}

/**
 * The headers Fathom sends with a delivery (for the sandbox and tests).
 *
 * @example
 * signedHeaders('whsec_...', 'msg_1', new Date(), body) // { 'webhook-id': 'msg_1', 'webhook-timestamp': '1764000000', 'webhook-signature': 'v1,...' }
 */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${webhookSignature(secret, id, timestamp, body)}`,
  };
}

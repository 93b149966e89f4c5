import { z } from 'zod';

const Healthz = z.object({ status: z.literal('ok') });

export type GatewayCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a Tributary gateway answers at `gatewayUrl` (its `/healthz`).
 * Sandbox connections sync from `<gatewayUrl>/sandbox/<type>`, so a worker
 * pointed at the wrong address fails every sandbox batch with
 * ECONNREFUSED; checking at start-up says so in the first lines of its log.
 *
 * @example
 * const check = await checkGateway('http://127.0.0.1:3000');
 * if (!check.ok) logger.warn({ reason: check.reason }, 'gateway unreachable');
 */
export async function checkGateway(gatewayUrl: string, timeoutMs = 3_000): Promise<GatewayCheck> {
  const url = new URL('/healthz', gatewayUrl);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return { ok: false, reason: `GET ${url.href} answered ${response.status}` };
    const body: unknown = await response.json().catch(() => undefined);
    if (!Healthz.safeParse(body).success) return { ok: false, reason: `GET ${url.href} answered, but not as a Tributary gateway` };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `GET ${url.href} failed: ${describe(error)}` };
  }
}

/** `fetch failed` alone says nothing; the cause's code (ECONNREFUSED, ENOTFOUND) does. */
function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * The start-up line for the sandbox gateway check: what is wrong and what to set.
 *
 * @example
 * gatewayWarning('http://127.0.0.1:3000', 'GET … failed: ECONNREFUSED')
 */
export function gatewayWarning(gatewayUrl: string, reason: string): string {
  return (
    `The gateway is not reachable at ${gatewayUrl} (${reason}). Sandbox connections sync from ` +
    `${gatewayUrl}/sandbox/<type> and their batches will fail (the error shows on the connector) until it is. ` +
    'Start the gateway, or set GATEWAY_URL (or PUBLIC_URL) to the address this worker reaches it at.'
  );
}

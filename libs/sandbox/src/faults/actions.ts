import type { Context, Next } from 'hono';
import type { Fault, FaultsOptions } from './types.js';

interface Destroyable {
  destroy(): void;
}

/** The Node socket behind a request served by `@hono/node-server` (`c.env.incoming.socket`), if any. */
function nodeSocket(env: unknown): Destroyable | undefined {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming: unknown = env.incoming;
  if (typeof incoming !== 'object' || incoming === null || !('socket' in incoming)) return undefined;
  const socket: unknown = incoming.socket;
  if (typeof socket !== 'object' || socket === null || !('destroy' in socket)) return undefined;
  const destroy: unknown = socket.destroy;
  return typeof destroy === 'function' ? { destroy: () => destroy.call(socket) } : undefined;
}

function statusResponse(fault: Extract<Fault, { kind: 'status' }>, options: FaultsOptions, c: Context): Response {
  const headers = new Headers({ ...options.statusHeaders?.(fault.status, c), ...fault.headers });
  const body = fault.body ??
    options.statusBody?.(fault.status, c) ?? { error: { status: fault.status, message: `Simulated ${fault.status}` } };
  if (typeof body === 'string') {
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain; charset=utf-8');
    return new Response(body, { status: fault.status, headers });
  }
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status: fault.status, headers });
}

/**
 * Cut a JSON text short so that it no longer parses.
 *
 * @example
 * truncateJson('{"object":"list","data":[]}') // '{"object":"li'
 */
export function truncateJson(text: string): string {
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  try {
    JSON.parse(cut);
    return '{"truncated":';
  } catch {
    return cut;
  }
}

/** Let the route answer, then replace its body with a truncated copy (status forced to 200). */
async function malformed(c: Context, next: Next): Promise<void> {
  await next();
  const text = await c.res.text();
  const headers = new Headers(c.res.headers);
  headers.set('content-type', 'application/json');
  headers.delete('content-length');
  // Hono merges the old response's headers into a new one; clear it first so nothing stale survives.
  c.res = undefined;
  c.res = new Response(truncateJson(text || '{}'), { status: 200, headers });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Wait until the client goes away or `release` fires, then answer nothing useful. */
async function hang(c: Context, releases: Set<() => void>): Promise<Response> {
  await new Promise<void>((resolve) => {
    const release = (): void => {
      releases.delete(release);
      resolve();
    };
    releases.add(release);
    c.req.raw.signal.addEventListener('abort', release);
  });
  return c.body(null, 503);
}

/** Apply one fault to the request in `c`. */
export async function applyFault(
  fault: Fault,
  c: Context,
  next: Next,
  context: { options: FaultsOptions; releases: Set<() => void> },
): Promise<Response | void> {
  switch (fault.kind) {
    case 'status':
      return statusResponse(fault, context.options, c);
    case 'delay':
      await sleep(fault.ms, c.req.raw.signal);
      return next();
    case 'hang':
      return hang(c, context.releases);
    case 'malformed_json':
      return malformed(c, next);
    case 'reset': {
      const socket = nodeSocket(c.env);
      if (!socket) throw new Error('The reset fault needs a real server: start the app with serve()');
      socket.destroy();
      return c.body(null, 503);
    }
  }
}

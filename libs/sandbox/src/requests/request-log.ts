import type { MiddlewareHandler } from 'hono';

/** One request as the simulator received it. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** Every query parameter, repeated ones in order: `?a=1&a=2` -> `{ a: ['1', '2'] }`. */
  query: Record<string, string[]>;
  /** Header names lowercased. Kept in memory only, credentials included, for assertions. */
  headers: Record<string, string>;
  /** Parsed JSON, a form as a multi-map, raw text otherwise; undefined when empty. */
  body: unknown;
  /** When it arrived (ms since epoch). */
  at: number;
}

export interface RequestFilter {
  method?: string;
  path?: string | RegExp;
}

/** Requests kept per simulator instance. */
export interface RequestLog {
  /** Every request so far, oldest first. */
  readonly all: readonly LoggedRequest[];
  last(): LoggedRequest | undefined;
  /** Requests matching a method and/or path (string: exact; RegExp: tested). */
  filter(filter: RequestFilter): LoggedRequest[];
  count(filter?: RequestFilter): number;
  clear(): void;
  middleware(): MiddlewareHandler;
}

function multiMap(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of params) (out[name] ??= []).push(value);
  return out;
}

function parseBody(text: string, contentType: string): unknown {
  if (text === '') return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) return multiMap(new URLSearchParams(text));
  if (contentType.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function matchesFilter(entry: LoggedRequest, filter: RequestFilter): boolean {
  if (filter.method !== undefined && filter.method.toUpperCase() !== entry.method) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === 'string' ? filter.path === entry.path : filter.path.test(entry.path);
}

/**
 * A request log for assertions. Mount it first so faulted and rejected
 * requests are logged too. Reading the body here does not consume it: Hono
 * caches it for the route.
 *
 * @example
 * const log = createRequestLog();
 * app.use('*', log.middleware());
 * // ... run the connector ...
 * expect(log.filter({ path: '/v1/charges' }).map((r) => r.query.starting_after?.[0])).toEqual([undefined, 'ch_...']);
 */
export function createRequestLog(): RequestLog {
  const entries: LoggedRequest[] = [];
  return {
    get all() {
      return entries;
    },
    last: () => entries[entries.length - 1],
    filter: (filter) => entries.filter((e) => matchesFilter(e, filter)),
    count: (filter = {}) => entries.filter((e) => matchesFilter(e, filter)).length,
    clear: () => {
      entries.length = 0;
    },
    middleware: () => async (c, next) => {
      const headers: Record<string, string> = {};
      c.req.raw.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
      const text = hasBody ? await c.req.text() : '';
      entries.push({
        method: c.req.method,
        path: c.req.path,
        query: multiMap(new URL(c.req.url).searchParams),
        headers,
        body: parseBody(text, headers['content-type'] ?? ''),
        at: Date.now(),
      });
      await next();
    },
  };
}

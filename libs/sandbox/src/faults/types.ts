import type { Context } from 'hono';

/** Which requests a fault applies to. A string path matches exactly; a RegExp is tested against the path. */
export interface FaultMatch {
  /** HTTP method (case-insensitive); any method when absent. */
  method?: string;
  path: string | RegExp;
}

/** A failure a vendor API can produce. */
export type Fault =
  /** Answer with this status (429, 500, 502, 503, 401 ...); body and headers default to the vendor's shape. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  /** Wait, then answer normally. */
  | { kind: 'delay'; ms: number }
  /** Never answer; released when the client disconnects, the server closes or the faults are cleared. */
  | { kind: 'hang' }
  /** 200 with `content-type: application/json` and the real body cut short. */
  | { kind: 'malformed_json' }
  /** Destroy the TCP socket without answering (needs a real server, see `serve`). */
  | { kind: 'reset' };

export interface FaultOptions {
  /** How many matching requests fail (default 1; `Infinity` for every one). */
  times?: number;
  /** Let this many matching requests through untouched first (default 0). */
  after?: number;
}

/**
 * Vendor-specific defaults for `status` faults, so a generic 429 looks like the vendor's 429. Both get the
 * request too, for bodies that name it (Google's request id, the API version of the path).
 */
export interface FaultsOptions {
  statusBody?: (status: number, c: Context) => unknown;
  statusHeaders?: (status: number, c: Context) => Record<string, string>;
}

/** A registered fault and its counters. */
export interface FaultRule {
  readonly id: number;
  readonly match: FaultMatch;
  readonly fault: Fault;
  readonly times: number;
  readonly after: number;
  /** Matching requests seen so far. */
  readonly seen: number;
  /** Times the fault was applied. */
  readonly fired: number;
}

/** One applied fault, for assertions. */
export interface FiredFault {
  ruleId: number;
  kind: Fault['kind'];
  method: string;
  path: string;
}

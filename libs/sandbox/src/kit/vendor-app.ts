import { Hono, type MiddlewareHandler } from 'hono';
import { createFaults, type FaultInjector } from '../faults/faults.js';
import type { FaultsOptions } from '../faults/types.js';
import { createRequestLog, type RequestLog } from '../requests/request-log.js';
import { serve, type RunningServer, type ServeOptions } from '../server/serve.js';
import { vendorConditions, type VendorConditions } from './conditions.js';

/** A vendor simulator's shell: the app and the controls every simulator has. */
export interface VendorApp {
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** Change latency, rate limits and bandwidth while the simulator runs (the bench does). */
  setConditions(conditions: VendorConditions): void;
  start(options?: ServeOptions): Promise<RunningServer>;
}

export interface VendorAppOptions {
  /** The vendor's error shape for injected status faults. */
  faults?: FaultsOptions;
  /** Network and capacity conditions at start (default: none). */
  conditions?: VendorConditions;
  /** Middleware that runs on every request before faults (vendor headers such as a request id). */
  headers?: MiddlewareHandler;
  seed?: number;
}

/**
 * The shell every simulator is built in, in the order a real API applies
 * them: the request log, the vendor's headers, network and capacity
 * conditions (latency, rate limit with the vendor's 429 and headers,
 * bandwidth), injected faults; then the simulator mounts its auth check
 * and routes on `app`.
 *
 * @example
 * const vendor = createVendorApp({ faults: { statusBody: (s) => ({ message: 'error', status: s }) } });
 * vendor.app.use('*', requireCredential({ header: 'X-Api-Key' }, (k) => k === key, answers));
 * mountList(vendor.app, { ... });
 */
export function createVendorApp(options: VendorAppOptions = {}): VendorApp {
  let conditions: VendorConditions = options.conditions ?? {};
  const requests = createRequestLog();
  const faults = createFaults(options.faults ?? {});
  const app = new Hono();
  app.use('*', requests.middleware());
  if (options.headers) app.use('*', options.headers);
  app.use(
    '*',
    vendorConditions(() => conditions, options.seed),
  );
  app.use('*', faults.middleware());
  return {
    app,
    faults,
    requests,
    setConditions: (next) => {
      conditions = next;
    },
    start: (serveOptions) => serve(app, serveOptions),
  };
}

import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { GatewayRuntime } from '../runtime.js';

/**
 * The connector label of a metric: a type the registry knows, else
 * `unknown`. Unauthenticated callers choose the type in webhook and
 * callback paths; a label per guess would grow /metrics without bound.
 */
export const connectorLabel = (rt: Pick<GatewayRuntime, 'registry'>, type: string): string => (rt.registry.has(type) ? type : 'unknown');

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  syncsTriggered: Counter<'connector' | 'mode'>;
  oauthCallbacks: Counter<'connector' | 'outcome'>;
  webhooks: Counter<'connector' | 'outcome'>;
}

/**
 * Prometheus metrics for one gateway (its own registry: no global state).
 *
 * @example
 * const metrics = createMetrics(); await metrics.registry.metrics();
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tributary_gateway_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'tributary_http_requests_total',
      help: 'HTTP requests',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'tributary_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    syncsTriggered: new Counter({
      name: 'tributary_syncs_triggered_total',
      help: 'Syncs started through the gateway',
      labelNames: ['connector', 'mode'],
      registers: [registry],
    }),
    oauthCallbacks: new Counter({
      name: 'tributary_oauth_callbacks_total',
      help: 'OAuth callbacks by outcome',
      labelNames: ['connector', 'outcome'],
      registers: [registry],
    }),
    webhooks: new Counter({
      name: 'tributary_webhooks_total',
      help: 'Webhook deliveries by outcome',
      labelNames: ['connector', 'outcome'],
      registers: [registry],
    }),
  };
}

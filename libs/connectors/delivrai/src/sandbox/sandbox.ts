import type { ConnectorSandbox } from '@tributary/core';
import { createDelivraiSimulator } from './simulator.js';

/**
 * The Delivr.ai sandbox the gateway mounts when no real Delivr.ai is
 * configured: 2,000 events over the 6 days before it started (a first sync
 * reads 7 days), 25 requests a second with bursts of 50, the sandbox key.
 *
 * @example
 * const sandbox = createDelivraiSandbox(); sandbox.apiKey // 'dlvr_sandbox_key_0000000000'
 */
export function createDelivraiSandbox(options: { events?: number } = {}): ConnectorSandbox {
  const sim = createDelivraiSimulator({ seed: 2026, events: options.events ?? 2000, rateLimit: true });
  return { fetch: (request) => sim.app.fetch(request), apiKey: sim.apiKey };
}

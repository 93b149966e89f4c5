import type { ConnectorSandbox } from '@tributary/core';
import { createCustomerioSimulator } from './simulator.js';

/** The sandbox's history ends here on every start, so a restart shows the same records. */
const HISTORY_END = new Date('2026-11-01T00:00:00Z');

/**
 * The Customer.io sandbox the gateway mounts when no real Customer.io is
 * configured: 500 people and 1,500 deliveries over 90 days of fixed
 * history, Customer.io's 10 requests a second, the sandbox key.
 *
 * @example
 * const sandbox = createCustomerioSandbox(); sandbox.apiKey // 'customerio_sandbox_app_api_key_0000'
 */
export function createCustomerioSandbox(options: { people?: number; messages?: number } = {}): ConnectorSandbox {
  const sim = createCustomerioSimulator({
    seed: 2026,
    people: options.people ?? 500,
    messages: options.messages ?? 1500,
    historyEnd: HISTORY_END,
    rateLimit: true,
  });
  return { fetch: (request) => sim.app.fetch(request), apiKey: sim.apiKey };
}

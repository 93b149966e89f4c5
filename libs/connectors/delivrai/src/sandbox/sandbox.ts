import type { ConnectorSandbox } from '@tributary/core';
import { DELIVRAI_RATE_LIMIT, createDelivraiSimulator } from './simulator.js';

/** The sandbox's history ends here on every start, so a restart shows the same records. */
const HISTORY_END = new Date('2026-11-01T00:00:00Z');

/**
 * The Delivr.ai sandbox the gateway mounts when no real Delivr.ai is configured:
 * 500 contacts of fixed history, the vendor's rate limit, the sandbox key.
 *
 * @example
 * const sandbox = createDelivraiSandbox(); sandbox.apiKey // 'delivrai_sandbox_key_000000000000'
 */
export function createDelivraiSandbox(options: { contacts?: number } = {}): ConnectorSandbox {
  const sim = createDelivraiSimulator({
    seed: 2026,
    contacts: options.contacts ?? 500,
    historyEnd: HISTORY_END,
    conditions: DELIVRAI_RATE_LIMIT,
  });
  return { fetch: (request) => sim.app.fetch(request), apiKey: sim.apiKey };
}

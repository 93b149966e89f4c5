import type { ConnectorSandbox } from '@tributary/core';
import { CLARITY_RATE_LIMIT, createClaritySimulator } from './simulator.js';

/** The sandbox's history ends here on every start, so a restart shows the same records. */
const HISTORY_END = new Date('2026-11-01T00:00:00Z');

/**
 * The Microsoft Clarity sandbox the gateway mounts when no real Microsoft Clarity is configured:
 * 500 contacts of fixed history, the vendor's rate limit, the sandbox key.
 *
 * @example
 * const sandbox = createClaritySandbox(); sandbox.apiKey // 'clarity_sandbox_key_000000000000'
 */
export function createClaritySandbox(options: { contacts?: number } = {}): ConnectorSandbox {
  const sim = createClaritySimulator({
    seed: 2026,
    contacts: options.contacts ?? 500,
    historyEnd: HISTORY_END,
    conditions: CLARITY_RATE_LIMIT,
  });
  return { fetch: (request) => sim.app.fetch(request), apiKey: sim.apiKey };
}

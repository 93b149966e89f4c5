import type { ConnectorSandbox } from '@tributary/core';
import { createFathomSimulator } from './simulator.js';

/**
 * The Fathom sandbox the gateway mounts when no real Fathom is configured:
 * 400 meetings over four months of fixed history (one deliberately
 * malformed, to show dead letters), API-key auth with the sandbox key, and
 * Fathom's 60 calls a minute.
 *
 * @example
 * const sandbox = createFathomSandbox(); sandbox.apiKey // 'fathom_sandbox_key'
 */
export function createFathomSandbox(options: { meetings?: number } = {}): ConnectorSandbox {
  let generated = false;
  // Fixed history (the same meetings on every start), then the real clock for changes made later.
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createFathomSimulator({ seed: 2026, meetings: options.meetings ?? 400, malformedMeetings: [7], now: clock, rateLimit: true });
  generated = true;
  return { fetch: (request) => sim.app.fetch(request), apiKey: sim.apiKey };
}

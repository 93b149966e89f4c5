import type { ConnectorSandbox } from '@tributary/core';
import { createClaritySimulator } from './simulator.js';

/**
 * The Microsoft Clarity sandbox the gateway mounts when no real Clarity is
 * configured: a seeded project of 50 pages answering for the last 24 h of
 * the wall clock, Clarity's 10 requests a day, the sandbox token.
 *
 * @example
 * const sandbox = createClaritySandbox(); sandbox.apiKey // a JWT-shaped sandbox token
 */
export function createClaritySandbox(options: { seed?: number } = {}): ConnectorSandbox {
  const sim = createClaritySimulator({ seed: options.seed ?? 2026 });
  return { fetch: (request) => sim.app.fetch(request), apiKey: sim.apiKey };
}

import type { ClarityConfig } from '../connector.js';
import type { ClaritySimulator } from '../sandbox/index.js';

/** The stored config of a working connection to the simulator: its API key. */
export async function connectClarity(sim: ClaritySimulator): Promise<ClarityConfig> {
  return { apiKey: sim.apiKey };
}

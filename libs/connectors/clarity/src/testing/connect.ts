import type { ClarityConfig } from '../config.js';
import type { ClaritySimulator } from '../sandbox/index.js';

/** The stored config of a working connection to the simulator: its API token. */
export async function connectClarity(sim: ClaritySimulator): Promise<ClarityConfig> {
  return { apiKey: sim.apiKey };
}

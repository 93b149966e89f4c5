import type { DelivraiConfig } from '../connector.js';
import type { DelivraiSimulator } from '../sandbox/index.js';

/** The stored config of a working connection to the simulator: its API key. */
export async function connectDelivrai(sim: DelivraiSimulator): Promise<DelivraiConfig> {
  return { apiKey: sim.apiKey };
}

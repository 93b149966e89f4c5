import type { DelivraiConfig } from '../config.js';
import type { DelivraiSimulator } from '../sandbox/index.js';

/** The stored config of a working connection to the simulator: its key, and its secret when enforced. */
export async function connectDelivrai(sim: DelivraiSimulator): Promise<DelivraiConfig> {
  return { apiKey: sim.apiKey, ...(sim.apiSecret ? { apiSecret: sim.apiSecret } : {}) };
}

import type { CustomerioConfig } from '../config.js';
import type { CustomerioSimulator } from '../sandbox/index.js';

/** The stored config of a working connection to the simulator: its App API key and webhook signing key. */
export async function connectCustomerio(sim: CustomerioSimulator): Promise<CustomerioConfig> {
  return { apiKey: sim.apiKey, webhookSigningKey: sim.webhookSigningKey };
}

import type { CustomerioConfig } from '../connector.js';
import type { CustomerioSimulator } from '../sandbox/index.js';

/** The stored config of a working connection to the simulator: its API key. */
export async function connectCustomerio(sim: CustomerioSimulator): Promise<CustomerioConfig> {
  return { apiKey: sim.apiKey };
}

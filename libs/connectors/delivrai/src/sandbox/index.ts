/**
 * @tributary/connector-delivrai/sandbox: the Delivr.ai simulator and the sandbox the
 * gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  createDelivraiSimulator,
  DELIVRAI_RATE_LIMIT,
  DEFAULT_DELIVRAI_API_KEY,
  type DelivraiSimulator,
  type DelivraiSimulatorOptions,
} from './simulator.js';
export type { DelivraiContactRecord, DelivraiMutations } from './contacts.js';
export { errorBody } from './errors.js';
export { createDelivraiSandbox } from './sandbox.js';

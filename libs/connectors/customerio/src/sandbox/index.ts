/**
 * @tributary/connector-customerio/sandbox: the Customer.io simulator and the sandbox the
 * gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  createCustomerioSimulator,
  CUSTOMERIO_RATE_LIMIT,
  DEFAULT_CUSTOMERIO_API_KEY,
  type CustomerioSimulator,
  type CustomerioSimulatorOptions,
} from './simulator.js';
export type { CustomerioContactRecord, CustomerioMutations } from './contacts.js';
export { errorBody } from './errors.js';
export { createCustomerioSandbox } from './sandbox.js';

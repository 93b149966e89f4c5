/**
 * @tributary/connector-customerio/sandbox: the Customer.io simulator and the sandbox the gateway
 * mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  createCustomerioSimulator,
  DEFAULT_CUSTOMERIO_API_KEY,
  DEFAULT_CUSTOMERIO_SIGNING_KEY,
  type CustomerioSimulator,
  type CustomerioSimulatorOptions,
} from './simulator.js';
export { createCustomerioSandbox } from './sandbox.js';
export { customerioRateLimit, errorBody as customerioErrorBody } from './errors.js';
export type { SimMessage } from './messages.js';
export type { SimPerson } from './people.js';

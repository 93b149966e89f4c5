/**
 * @tributary/connector-delivrai/sandbox: the Delivr.ai simulator and the sandbox the gateway
 * mounts from it. Product code; test-only helpers are in ./testing.
 */
export { createDelivraiSimulator, DEFAULT_DELIVRAI_API_KEY, type DelivraiSimulator, type DelivraiSimulatorOptions } from './simulator.js';
export { createDelivraiSandbox } from './sandbox.js';
export { delivraiRateLimit, errorBody as delivraiErrorBody } from './errors.js';
export type { SimEvent } from './events.js';

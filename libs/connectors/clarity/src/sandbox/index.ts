/**
 * @tributary/connector-clarity/sandbox: the Microsoft Clarity simulator and the sandbox the
 * gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  createClaritySimulator,
  CLARITY_RATE_LIMIT,
  DEFAULT_CLARITY_API_KEY,
  type ClaritySimulator,
  type ClaritySimulatorOptions,
} from './simulator.js';
export type { ClarityContactRecord, ClarityMutations } from './contacts.js';
export { errorBody } from './errors.js';
export { createClaritySandbox } from './sandbox.js';

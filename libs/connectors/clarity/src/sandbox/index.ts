/**
 * @tributary/connector-clarity/sandbox: the Microsoft Clarity simulator and the sandbox the
 * gateway mounts from it. Product code; test-only helpers are in ./testing.
 */
export {
  CLARITY_DAILY_LIMIT,
  createClaritySimulator,
  DEFAULT_CLARITY_API_KEY,
  type ClaritySimulator,
  type ClaritySimulatorOptions,
} from './simulator.js';
export { answer, MAX_ROWS } from './answer.js';
export { DIMENSION_VALUES, METRIC_NAMES } from './data.js';
export { createClaritySandbox } from './sandbox.js';

/**
 * @tributary/connector-fathom/sandbox: the Fathom simulator and the sandbox the gateway mounts
 * from it. Product code; test-only helpers are in ./testing.
 */
export { createFathomSimulator, type FathomSimulator, type FathomData } from './simulator.js';
export { createFathomSandbox } from './sandbox.js';
export { DEFAULT_FATHOM_API_KEY, type FathomSimulatorOptions } from './options.js';
export type { FathomMutations } from './mutate.js';
export type { World, SimContact } from './world.js';
export { recordingIdOf } from './generate.js';
export type * from './types.js';

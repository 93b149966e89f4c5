/**
 * @tributary/sandbox: the sandbox kit. Fake vendor APIs are Hono apps
 * served on 127.0.0.1, backed by lazily generated seeded datasets, with
 * fault injection and a request log. Product code: the gateway mounts
 * every connector's sandbox built on it; tests drive the same simulators.
 */
export { serve, type FetchApp, type RunningServer, type ServeOptions } from './server/serve.js';
export { createRng, deriveSeed, hashSeed, rngFor, type Rng } from './data/random.js';
export { fake, type FakeAddress, type FakePerson } from './data/fake.js';
export { createIdCodec, createMixedIdCodec, type IdCodec, type IdCodecOptions } from './data/ids.js';
export {
  Dataset,
  MAX_DATASET_SIZE,
  type Change,
  type ChangeKind,
  type DatasetOptions,
  type MutationContext,
  type Target,
} from './data/dataset.js';
export { createFaults, type FaultInjector } from './faults/faults.js';
export { truncateJson } from './faults/actions.js';
export type { Fault, FaultMatch, FaultOptions, FaultRule, FaultsOptions, FiredFault } from './faults/types.js';
export { createRequestLog, type LoggedRequest, type RequestFilter, type RequestLog } from './requests/request-log.js';
export {
  createOAuthSimulator,
  type OAuthSimulator,
  type GrantEvent,
  type OAuthErrorAnswer,
  type OAuthSimulatorOptions,
  type PkceMethod,
  type SimulatedClient,
  type TokenInfo,
} from './oauth/index.js';
export * from './kit/index.js';

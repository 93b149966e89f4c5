/**
 * @tributary/connector-hubspot/sandbox: the HubSpot simulator and the sandbox the gateway
 * mounts from it. Product code; test-only helpers are in ./testing.
 */
export { createHubSpotSimulator, type HubSpotSimulator } from './simulator.js';
export { createHubSpotSandbox, type HubSpotSandboxOptions } from './sandbox.js';
export { DEFAULT_HUB_ID, DEFAULT_PRIVATE_APP_TOKEN, type HubSpotSimulatorOptions } from './options.js';
export { ACCESS_TOKEN_TTL_SECONDS, DEFAULT_HUBSPOT_CLIENT, HUBSPOT_OAUTH_PATHS } from './oauth.js';
export { connectToSimulator, oauthClientOf, simulatorOAuthSpec } from './connect.js';
export { hubspotStatusBody, rateLimitBody, type LimitPolicy } from './errors.js';
export { PIPELINES, type SimPipeline, type SimStage } from './pipelines.js';
export type { HubSpotMutations } from './mutate.js';
export type { HubSpotData } from './data.js';
export type { LinkTarget, PublicObject, SimObject, SimType } from './types.js';

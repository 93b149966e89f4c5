export { createOAuthSimulator, type OAuthSimulator } from './oauth-simulator.js';
export type { GrantEvent, OAuthSimulatorOptions, SimulatedClient, TokenInfo } from './types.js';

export { createOAuthSimulator, type OAuthSimulator } from './oauth-simulator.js';
export type { GrantEvent, OAuthErrorAnswer, OAuthSimulatorOptions, PkceMethod, SimulatedClient, TokenInfo } from './types.js';

export { createApp } from './app.js';
export { GATEWAY_CONFIG_KEYS, loadConfig, type GatewayConfig } from './config.js';
export { createRuntime, type GatewayRuntime, type RuntimeOverrides } from './runtime.js';
export { startGateway, type RunningGateway } from './server.js';
export { printGatewaySchema } from './graphql/schema.js';

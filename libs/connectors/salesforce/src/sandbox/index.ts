/**
 * @tributary/connector-salesforce/sandbox: the Salesforce simulator and the sandbox the gateway
 * mounts from it. Product code; test-only helpers are in ./testing.
 */
export { createSalesforceSimulator, type SalesforceSimulator } from './simulator.js';
export { createSalesforceSandbox, SALESFORCE_OAUTH_PATHS, type SalesforceSandboxOptions } from './sandbox.js';
export type { SalesforceSimulatorOptions } from './options.js';
export type { ChangeOptions, SalesforceMutations, Which } from './mutate/index.js';
export type { Creatable } from './mutate/create.js';
export type { SalesforceData } from './data.js';
export type { RecordedCall, RecordedWrite, WriteLog } from './writes.js';
export { DEFAULT_SALESFORCE_CLIENT, SALESFORCE_SESSION_TIMEOUT_SECONDS } from './oauth.js';
export { connectToSimulator, oauthClientOf, simulatorOAuthSpec } from './connect.js';
export { requestLimitExceeded, salesforceStatusBody } from './errors.js';
export { idChecksum } from './ids.js';
export { QUERY_LOCATOR_TTL_MS } from './locators.js';
export { RECYCLE_BIN_DAYS, RECYCLE_BIN_MS } from './recycle-bin.js';
export { parseSoql } from './soql/index.js';
export type * from './types.js';

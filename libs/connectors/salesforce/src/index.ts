export { salesforce, SalesforceConfig, SalesforceCredentials } from './connector.js';
export { SalesforceSettings, WritebackSettings, LoginHost, salesforceOAuthEndpoints, type SalesforceSettingsInput } from './settings.js';
export { SALESFORCE_API_VERSION, SALESFORCE_COLLECTION_LIMIT } from './api.js';
export { classifySalesforceError, apiUsage, type ApiUsage } from './errors.js';
export { SALESFORCE_MAPPINGS } from './mappings.js';
export { SCORE_FIELD } from './writeback.js';

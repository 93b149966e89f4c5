export { o365, o365OAuthEndpoints } from './connector.js';
export {
  O365Config,
  O365Credentials,
  O365Settings,
  O365Privacy,
  O365Tenant,
  EmailDomain,
  MailFolder,
  type O365SettingsInput,
} from './config.js';
export { GRAPH_API_VERSION, GRAPH_BASE_URL, O365_SCOPES, MESSAGE_METADATA_FIELDS, DELTA_PAGE_SIZE, graphPath } from './api.js';
export { classifyGraphError } from './errors.js';
export { O365_MAPPINGS } from './mappings.js';
export { DPA_REQUIRED_MESSAGE, classify, policyOf, type PrivacyPolicy, type Side } from './privacy.js';
export { isExpiredDelta } from './delta.js';
export * from './streams/index.js';

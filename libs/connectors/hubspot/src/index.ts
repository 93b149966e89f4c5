export { hubspot, HUBSPOT_SCOPES } from './connector.js';
export { HubSpotConfig, HubSpotCredentials, HubSpotSettings, HubSpotPrivateAppConfig, PRIVATE_APP_TOKEN } from './config.js';
export {
  HUBSPOT_API_BASE,
  HUBSPOT_API_VERSION,
  SEARCH_PAGE_SIZE,
  SEARCH_RESULT_CAP,
  STAMP_PROPERTY,
  OBJECT_TYPES,
  type ObjectType,
} from './api.js';
export { classifyHubSpotError } from './errors.js';
export { HUBSPOT_MAPPINGS } from './mappings.js';
export { searchRequest, SEARCH_PAGINATION } from './search.js';

export { delivrai, DelivraiConfig, DelivraiSettings } from './connector.js';
export { DELIVRAI_API_VERSION, DelivraiEvent } from './api.js';
export { classifyDelivraiError } from './errors.js';
export { DELIVRAI_MAPPINGS } from './mappings.js';

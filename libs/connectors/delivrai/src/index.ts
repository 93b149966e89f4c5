export { delivrai, DelivraiConfig, DelivraiSettings } from './connector.js';
export { DELIVRAI_API_VERSION, DelivraiContact } from './api.js';
export { classifyDelivraiError } from './errors.js';
export { DELIVRAI_MAPPINGS } from './mappings.js';

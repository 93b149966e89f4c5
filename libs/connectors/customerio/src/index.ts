export { customerio, CustomerioConfig, CustomerioSettings } from './connector.js';
export { CUSTOMERIO_API_VERSION, CustomerioContact } from './api.js';
export { classifyCustomerioError } from './errors.js';
export { CUSTOMERIO_MAPPINGS } from './mappings.js';

export { customerio, CustomerioConfig, CustomerioSettings } from './connector.js';
export { CUSTOMERIO_API_VERSION, CustomerioMessage, CustomerioIdentifiers } from './api.js';
export { classifyCustomerioError } from './errors.js';
export { CUSTOMERIO_MAPPINGS } from './mappings.js';
export { verifyCustomerioWebhook } from './webhook.js';
export { signedHeaders as customerioSignedHeaders } from './signature.js';

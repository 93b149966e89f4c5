export { clarity, ClarityConfig, ClaritySettings } from './connector.js';
export { CLARITY_API_VERSION, ClarityContact } from './api.js';
export { classifyClarityError } from './errors.js';
export { CLARITY_MAPPINGS } from './mappings.js';

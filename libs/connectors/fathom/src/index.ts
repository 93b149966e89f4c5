export { fathom } from './connector.js';
export { FathomConfig, FathomSettings, type FathomCredentials } from './config.js';
export { FATHOM_API_VERSION, FATHOM_API_BASE, FATHOM_PAGE_SIZE, FathomMeeting, FathomInvitee, FathomUser, FathomSummary } from './api.js';
export { classifyFathomError } from './errors.js';
export { FATHOM_MAPPINGS } from './mappings.js';
export { verifyFathomWebhook } from './webhook.js';
export { signedHeaders, webhookSignature, WEBHOOK_TOLERANCE_SECONDS } from './signature.js';

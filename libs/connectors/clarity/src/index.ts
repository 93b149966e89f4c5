export { clarity } from './connector.js';
export { ClarityConfig, ClaritySettings } from './config.js';
export { CLARITY_API_VERSION, CLARITY_DIMENSIONS, ClarityInsights, ClaritySnapshotRow } from './api.js';
export { CLARITY_MAPPINGS } from './mappings.js';
export { classifyClarityError } from './errors.js';
export { CLARITY_SOURCE, LIVE_INSIGHTS, snapshotDay, snapshotKey } from './streams/index.js';

export { metaAds, META_OAUTH } from './connector.js';
export { MetaAdsConfig, MetaAdsCredentials, MetaAdsSettings, type MetaAdsSettingsInput } from './config.js';
export { META_API_VERSION, META_GRAPH_BASE, META_ADS_SCOPE, MetaAdAccountId, MetaInsightsRow } from './api.js';
export { classifyMetaError, DEFAULT_THROTTLE_WAIT_MS, TOO_MUCH_DATA } from './errors.js';
export { throttleWaitMs } from './usage.js';
export { META_ADS_MAPPINGS } from './mappings.js';
export { INSIGHTS_FIELDS, insightsParams } from './insights.js';
export { ACCOUNT_FIELDS } from './accounts.js';
export { CAMPAIGN_METRICS, META_ADS_CHANNEL, metricKey, sumActions } from './streams/index.js';

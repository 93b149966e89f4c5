import { describeConformance } from '@tributary/conformance';
import { metaAds } from '../connector.js';
import { META_RATE_LIMIT, startMetaAdsConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: metaAds,
  start: startMetaAdsConformance,
  size: 150,
  rateLimit: META_RATE_LIMIT,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

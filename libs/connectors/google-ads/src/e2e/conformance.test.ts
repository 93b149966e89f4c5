import { describeConformance } from '@tributary/conformance';
import { googleAds } from '../connector.js';
import { startGoogleAdsConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: googleAds,
  start: startGoogleAdsConformance,
  size: 150,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

import { describeConformance } from '@tributary/conformance';
import { linkedinAds } from '../connector.js';
import { startLinkedInAdsConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: linkedinAds,
  start: startLinkedInAdsConformance,
  size: 150,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

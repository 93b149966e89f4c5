import { describeConformance } from '@tributary/conformance';
import { googleAnalytics } from '../connector.js';
import { startGoogleAnalyticsConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: googleAnalytics,
  start: startGoogleAnalyticsConformance,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

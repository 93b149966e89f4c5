import { describeConformance } from '@tributary/conformance';
import { hubspot } from '../connector.js';
import { startHubSpotConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: hubspot,
  start: startHubSpotConformance,
  size: 150,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

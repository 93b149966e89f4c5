import { describeConformance } from '@tributary/conformance';
import { customerio } from '../connector.js';
import { startCustomerioConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: customerio,
  start: startCustomerioConformance,
  // Lists serve 1,000 a page: enough people and deliveries for several pages.
  size: 1_200,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

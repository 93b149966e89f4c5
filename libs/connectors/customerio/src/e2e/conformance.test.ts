import { describeConformance } from '@tributary/conformance';
import { customerio } from '../connector.js';
import { startCustomerioConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: customerio,
  start: startCustomerioConformance,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

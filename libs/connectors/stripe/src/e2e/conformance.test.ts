import { describeConformance } from '@tributary/conformance';
import { stripe } from '../connector.js';
import { startStripeConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: stripe,
  start: startStripeConformance,
  size: 150,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

import { describeConformance } from '@tributary/conformance';
import { delivrai } from '../connector.js';
import { startDelivraiConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: delivrai,
  start: startDelivraiConformance,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

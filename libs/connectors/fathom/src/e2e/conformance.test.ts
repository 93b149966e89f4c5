import { describeConformance } from '@tributary/conformance';
import { fathom } from '../connector.js';
import { startFathomConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: fathom,
  start: startFathomConformance,
  size: 60,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

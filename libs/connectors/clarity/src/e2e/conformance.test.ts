import { describeConformance } from '@tributary/conformance';
import { clarity } from '../connector.js';
import { startClarityConformance } from '../testing/conformance-target.js';

describeConformance({
  connector: clarity,
  start: startClarityConformance,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

import { describeConformance } from '@tributary/testing/conformance';
import { salesforce } from '../connector.js';
import { startSalesforceConformance } from './conformance-target.js';

describeConformance({
  connector: salesforce,
  start: startSalesforceConformance,
  size: 150,
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

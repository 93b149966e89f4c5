import { describeConformance } from '@tributary/conformance';
import { salesforce } from '../connector.js';
import { requestLimitExceeded } from '../sandbox/index.js';
import { startSalesforceConformance } from '../testing/conformance-target.js';

const limit = requestLimitExceeded();

describeConformance({
  connector: salesforce,
  start: startSalesforceConformance,
  size: 150,
  // Salesforce's limit answer is 403 REQUEST_LIMIT_EXCEEDED, never 429.
  rateLimit: { status: limit.status, body: limit.body },
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

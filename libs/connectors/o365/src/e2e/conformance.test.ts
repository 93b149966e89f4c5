import { describeConformance } from '@tributary/conformance';
import { o365 } from '../connector.js';
import { graphErrorBody } from '../sandbox/index.js';
import { acceptPrivacy, startO365Conformance } from '../testing/index.js';

describeConformance({
  connector: o365,
  start: startO365Conformance,
  size: 150,
  // Graph throttles with 429 TooManyRequests and a fractional Retry-After.
  rateLimit: { status: 429, body: graphErrorBody(429), headers: { 'Retry-After': '0.05' } },
  // The DPA and the domain allowlist live in o365_config, as an admin records them.
  connected: ({ prisma, tenantId, connectorId }) => acceptPrivacy(prisma, tenantId, connectorId),
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

import { describeConformance } from '@tributary/conformance';
import { clarity } from '../connector.js';
import { startClarityConformance } from '../testing/conformance-target.js';

/**
 * The shared suite runs a dozen syncs of one connection within a day and
 * expects a rate-limit burst to clear within two runs. Clarity allows 10
 * calls a day and answers its limit without Retry-After (the classifier
 * then waits until midnight), so here the declared quota is widened and
 * the injected 429s carry `Retry-After: 1`; the real allowance and the
 * midnight wait are tested in clarity-sync.test.ts.
 */
describeConformance({
  connector: { ...clarity, http: { ...clarity.http, quota: { calls: 1_000, perSeconds: 86_400 } } },
  start: startClarityConformance,
  rateLimit: { status: 429, body: 'Exceeded daily limit', headers: { 'Retry-After': '1' } },
  server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
});

import { afterEach, describe, expect, it } from 'vitest';
import { connectStripe, TRIGGER_SYNC } from '../testing/documents.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

interface Run {
  status: string;
  recordsRead: number;
  recordsFailed: number;
  errorKind: string | null;
  errorMessage: string | null;
}

const WAIT = `query($id: ID!) { waitForSync(connectorId: $id, timeoutSeconds: 60) {
  status recordsRead recordsFailed errorKind errorMessage
} }`;
const MAPPINGS = `mutation($id: ID!, $mappings: [FieldMappingInput!]!) {
  updateFieldMappings(connectorId: $id, mappings: $mappings) { __typename }
}`;
/** Every Stripe charge fails this mapping; the other streams still store. */
const BROKEN = [{ stream: 'charges', source: 'amount_that_does_not_exist', target: 'amount', transform: 'none' }];

/**
 * A gateway started with SYNC_FAIL_REJECT_RATE=`rate` (its in-process
 * orchestrator runs the syncs), the Stripe sandbox connected, its charges
 * mapping broken, and a full sync over GraphQL: the run as the console sees it.
 */
async function brokenRunWith(rate: string): Promise<{ t: TestGateway; run: Run }> {
  const t = await startTestGateway({ env: { SYNC_FAIL_REJECT_RATE: rate } });
  const client = t.admin.client;
  const connector = await connectStripe(client);
  await syncSettled(t.rt, t.tenantId, connector.id);
  await client.ok(MAPPINGS, { id: connector.id, mappings: BROKEN });
  await client.ok(TRIGGER_SYNC, { id: connector.id, full: true });
  const run = (await client.ok<{ waitForSync: Run }>(WAIT, { id: connector.id })).waitForSync;
  return { t, run };
}

describe('SYNC_FAIL_REJECT_RATE reaches the syncs the gateway runs', () => {
  let t: TestGateway | undefined;
  afterEach(async () => t?.close());

  it('fails a run whose rejected share reaches the configured rate', async () => {
    const result = await brokenRunWith('0.05');
    t = result.t;
    expect(result.run).toMatchObject({ status: 'failed', errorKind: 'validation' });
    expect(result.run.recordsFailed / result.run.recordsRead).toBeGreaterThanOrEqual(0.05);
    expect(result.run.errorMessage).toMatch(/^[\d,]+ of [\d,]+ rows were rejected\. Commonest reason .*charges/);
  });

  it('records the same run below the configured rate as completed with errors (a stream wholly rejected)', async () => {
    const result = await brokenRunWith('1');
    t = result.t;
    expect(result.run).toMatchObject({ status: 'completed_with_errors', errorKind: 'validation' });
    expect(result.run.recordsFailed).toBeLessThan(result.run.recordsRead);
    expect(result.run.errorMessage).toMatch(/^Every row of charges was rejected/);
  });
});
